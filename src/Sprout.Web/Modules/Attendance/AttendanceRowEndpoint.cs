using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Idempotency;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Modules.Attendance;

/// <summary>
/// The row forms of the attendance page post here. A request from the page's script (header
/// <c>X-Requested-With: fetch</c>) gets back only the child's updated row, swapped in place so the page never moves;
/// a plain form post (no JavaScript) is redirected back to the page at that row, the outcome carried in the URL
/// sealed by Data Protection so no one can put their own words on the page.
/// </summary>
public static class AttendanceRowEndpoint
{
    public const string Pattern = "/lop/{id:int}/diem-danh/{childId:int}";
    public const string FetchHeader = "X-Requested-With";
    public const string OutcomeQuery = "kq";
    private const string Purpose = "Sprout.Attendance.RowOutcome";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Pattern, HandleAsync)
            .RequireAuthorization(AttendanceModule.Take.Policy)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());

    private static async Task<IResult> HandleAsync(int id, int childId, string? ngay, HttpContext http, AttendanceService attendance,
        AttendanceBoard board, ChildAccess access, IdempotencyGate idempotency, IDataProtectionProvider protection, IStringLocalizer<UiText> text, CancellationToken ct)
    {
        var fetch = string.Equals(http.Request.Headers[FetchHeader], "fetch", StringComparison.OrdinalIgnoreCase);
        // The class first: a teacher of another class learns nothing about this one, not even a rule's message.
        if (!await access.CanChangeClassAsync(http.User, id, AttendanceModule.Take, ct))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!http.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }
        var day = DateOnly.TryParseExact(ngay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : attendance.Today;
        var form = await http.Request.ReadFormAsync(ct);
        string Field(string name) => form[name].ToString().Trim();

        // A tap queued on the phone while offline is sent again until it is answered: its key makes it count once.
        var outcome = await idempotency.RunAsync(IdempotencyGate.KeyOf(http.Request), async () =>
        {
            switch (Field("action"))
            {
                case "in":
                    var person = Field("person");
                    var droppedOnList = await attendance.CheckInAsync(id, childId, day, person, http.User, ct);
                    return droppedOnList ? IdempotentOutcome.Done(text["Attendance.Saved"]) : IdempotentOutcome.Done(text["AttendanceRow.DropOffWarning", person], warning: true);
                case "absent":
                    await attendance.MarkAbsentAsync(id, childId, day, Field("excused") == "true", Field("reason"), http.User, ct);
                    return IdempotentOutcome.Done(text["Attendance.Saved"]);
                case "out":
                    var other = Field("other");
                    var pickedUpBy = other.Length == 0 ? Field("person") : other;
                    var onList = await attendance.CheckOutAsync(id, childId, day, pickedUpBy, http.User, ct);
                    return onList ? IdempotentOutcome.Done(text["Attendance.Saved"]) : IdempotentOutcome.Done(text["Attendance.PickUpWarning", pickedUpBy], warning: true);
                default:
                    return new IdempotentOutcome(StatusCodes.Status400BadRequest, null);
            }
        }, ct);
        switch (outcome.Status)
        {
            case StatusCodes.Status400BadRequest:
                return Results.BadRequest();
            case StatusCodes.Status403Forbidden:
                return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        var message = outcome.Message ?? string.Empty;
        var error = outcome.Warning || outcome.Status != StatusCodes.Status200OK;
        var status = outcome.Status;

        if (!fetch)
        {
            var sealedOutcome = protection.CreateProtector(Purpose).Protect((error ? "1" : "0") + message);
            return Results.Redirect(string.Create(CultureInfo.InvariantCulture,
                $"/lop/{id}/diem-danh?ngay={day:yyyy-MM-dd}&tre={childId}&{OutcomeQuery}={Uri.EscapeDataString(sealedOutcome)}#tre-{childId}"));
        }
        var row = await board.RowAsync(id, childId, day, ct);
        if (row is null)
        {
            return Results.NotFound();
        }
        http.Response.Headers.CacheControl = "no-store";
        return new RazorComponentResult<AttendanceRowItem>(new Dictionary<string, object?>
        {
            [nameof(AttendanceRowItem.Item)] = row,
            [nameof(AttendanceRowItem.ClassId)] = id,
            [nameof(AttendanceRowItem.Day)] = day,
            [nameof(AttendanceRowItem.Message)] = message,
            [nameof(AttendanceRowItem.Error)] = error,
        })
        { StatusCode = status };
    }

    /// <summary>The outcome a plain form post left in the URL, or null when it is missing or was not sealed here.</summary>
    public static (string Message, bool Error)? ReadOutcome(IDataProtectionProvider protection, string? sealedOutcome)
    {
        if (string.IsNullOrEmpty(sealedOutcome))
        {
            return null;
        }
        try
        {
            var plain = protection.CreateProtector(Purpose).Unprotect(sealedOutcome);
            return plain.Length == 0 ? null : (plain[1..], plain[0] == '1');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
