using System.Security.Claims;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Identity;

/// <summary>The request's <see cref="SchoolScope"/>, derived from whoever the request is authenticated as right now.</summary>
public sealed class CurrentSchoolScope(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal? _seenUser;
    private SchoolScope? _scope;

    public SchoolScope Value
    {
        get
        {
            var http = accessor.HttpContext;
            if (http is null)
            {
                return SchoolScope.System;
            }
            if (!ReferenceEquals(http.User, _seenUser) || _scope is null)
            {
                _seenUser = http.User;
                _scope = SchoolScopeFactory.FromUser(http.User);
            }
            return _scope;
        }
    }
}
