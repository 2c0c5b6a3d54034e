using System.Security.Cryptography;
using System.Text;

namespace Sprout.Domain.Documents;

/// <summary>The fingerprint of the text an approver approved, so that only that text can be signed.</summary>
public static class ApprovedText
{
    /// <summary>SHA-256 (upper-case hex) of title, body and recipients, separated by a character no form can type.</summary>
    public static string Hash(string title, string body, string recipients) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\u001e{body}\u001e{recipients}")));
}
