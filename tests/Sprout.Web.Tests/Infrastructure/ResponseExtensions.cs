namespace Sprout.Web.Tests.Infrastructure;

public static class ResponseExtensions
{
    /// <summary>The redirect target as a local path and query, whether the server wrote it absolute or relative.</summary>
    public static string LocalRedirect(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new Xunit.Sdk.XunitException($"Expected a redirect, got {(int)response.StatusCode}.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
