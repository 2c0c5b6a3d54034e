using System.Globalization;
using Sprout.Domain.Documents;
using Sprout.Web.Platform.Export;

namespace Sprout.Web.Modules.Documents;

/// <summary>
/// A year of the outgoing or incoming register as .xlsx, one row per document in register order, with the columns of
/// the paper register books (sổ đăng ký văn bản đi / đến) so the clerk can print and bind the year, or hand it to
/// an inspection. The last columns stay empty for the signatures and notes written by hand; an empty year still
/// shows the columns.
/// </summary>
public static class RegisterExport
{
    public static class Outgoing
    {
        public const string Number = "Số, ký hiệu văn bản";
        public const string Date = "Ngày tháng văn bản";
        public const string Title = "Tên loại và trích yếu nội dung văn bản";
        public const string Signer = "Người ký";
        public const string Recipients = "Nơi nhận văn bản";
        public const string Status = "Trạng thái";
        public const string Note = "Ghi chú";
    }

    public static class Incoming
    {
        public const string ReceivedOn = "Ngày đến";
        public const string ArrivalNumber = "Số đến";
        public const string Sender = "Tác giả (nơi gửi)";
        public const string TheirNumber = "Số, ký hiệu";
        public const string TheirDate = "Ngày tháng văn bản";
        public const string Title = "Tên loại và trích yếu nội dung";
        public const string Handler = "Đơn vị hoặc người nhận";
        public const string Deadline = "Hạn giải quyết";
        public const string Receipt = "Ký nhận";
        public const string Note = "Ghi chú";
    }

    /// <summary>Numbered documents only: a draft has no place in the register until it is issued.</summary>
    public static void WriteOutgoing(Stream output, IEnumerable<OutgoingDocument> documents)
    {
        var rows = documents.Where(d => d.Number is not null)
            .OrderBy(d => d.Kind).ThenBy(d => d.Number)
            .Select(d => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [Outgoing.Number] = d.NumberText,
                [Outgoing.Date] = Day(d.IssuedOn),
                [Outgoing.Title] = Titled(d.TypeCode, d.Title),
                [Outgoing.Signer] = d.SignerName,
                [Outgoing.Recipients] = string.Join("; ", d.Recipients.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                [Outgoing.Status] = DocumentService.StatusName(d.Status),
                [Outgoing.Note] = d.Public ? "Công khai trên cổng thông tin" : null,
            }).ToList();
        Spreadsheet.Write(output, rows, "Sổ văn bản đi", [Outgoing.Number, Outgoing.Date, Outgoing.Title, Outgoing.Signer, Outgoing.Recipients, Outgoing.Status, Outgoing.Note]);
    }

    public static void WriteIncoming(Stream output, IEnumerable<IncomingDocument> documents)
    {
        var rows = documents.OrderBy(d => d.ArrivalNumber)
            .Select(d => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [Incoming.ReceivedOn] = Day(d.ReceivedOn),
                [Incoming.ArrivalNumber] = d.ArrivalNumber,
                [Incoming.Sender] = d.Sender,
                [Incoming.TheirNumber] = d.TheirNumber,
                [Incoming.TheirDate] = Day(d.TheirDate),
                [Incoming.Title] = Titled(d.TypeCode, d.Summary),
                [Incoming.Handler] = d.Handler,
                [Incoming.Deadline] = Day(d.Deadline),
                [Incoming.Receipt] = null,
                [Incoming.Note] = null,
            }).ToList();
        Spreadsheet.Write(output, rows, "Sổ văn bản đến",
            [Incoming.ReceivedOn, Incoming.ArrivalNumber, Incoming.Sender, Incoming.TheirNumber, Incoming.TheirDate, Incoming.Title, Incoming.Handler, Incoming.Deadline, Incoming.Receipt, Incoming.Note]);
    }

    private static string Titled(string typeCode, string text) =>
        DocumentType.Find(typeCode) is { } type ? $"{type.VietnameseName}: {text}" : text;

    private static string? Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
