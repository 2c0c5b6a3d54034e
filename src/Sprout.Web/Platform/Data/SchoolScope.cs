namespace Sprout.Web.Platform.Data;

/// <summary>Who is reading or writing, and which school's rows they may see. Set once per request.</summary>
public sealed class SchoolScope
{
    public int? SchoolId { get; init; }
    public int? WardId { get; init; }

    /// <summary>False only for system work (migrations, seeding, the CLI): then every school is visible.</summary>
    public bool FilterBySchool { get; init; } = true;

    /// <summary>Ward officers read but never write.</summary>
    public bool ReadOnly { get; init; }
    public int? UserId { get; init; }
    public string UserName { get; init; } = SystemUserName;

    public const string SystemUserName = "hệ thống";

    public static SchoolScope System { get; } = new() { FilterBySchool = false };

    /// <summary>Sees no school's rows: the default for anonymous requests.</summary>
    public static SchoolScope Nobody { get; } = new() { FilterBySchool = true, SchoolId = null, UserName = "khách" };

    public static SchoolScope ForSchool(int schoolId) => new() { SchoolId = schoolId, FilterBySchool = true };
}

public sealed class ReadOnlyScopeException() : InvalidOperationException("Tài khoản này chỉ được xem, không được thay đổi dữ liệu.");
