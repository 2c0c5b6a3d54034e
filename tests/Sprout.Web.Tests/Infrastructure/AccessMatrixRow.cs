namespace Sprout.Web.Tests.Infrastructure;

/// <summary>
/// One row of the authorization matrix: a route pattern, who may pass authorization, and, for a pattern
/// with parameters, how to make a real URL from the seeded demo data.
/// </summary>
public sealed record AccessMatrixRow(string Pattern, string[] Allowed, Func<SproutAppFactory, Task<string>>? SampleUrl = null)
{
    /// <summary>Anyone, signed in or not.</summary>
    public const string Anonymous = "anonymous";
}

/// <summary>
/// A form post in the matrix: a page that takes POSTs, who may post to it (passing authorization; the form itself,
/// its antiforgery token and the resource checks come after), and how to make a real URL.
/// </summary>
public sealed record AccessMatrixPost(string[] Allowed, Func<SproutAppFactory, Task<string>> Url);

/// <summary>Each module's tests list the rows for that module's pages and endpoints, and the form posts.</summary>
public interface IAccessMatrixRows
{
    IEnumerable<AccessMatrixRow> Rows { get; }

    IEnumerable<AccessMatrixPost> Posts => [];
}
