using System.Globalization;
using Sprout.Domain.Documents;
using Sprout.Web.Platform.Export;

namespace Sprout.Web.Modules.Documents;

/// <summary>
/// A year of the outgoing or incoming register as .xlsx, one row per document in register order, with the ten columns of
/// the register books of Decree 30/2020/NĐ-CP (05/3/2020), Appendix IV (sổ đăng ký văn bản đi / đến), so the clerk
/// can print and bind the year, or hand it to an inspection. "Ký nhận" stays empty for the signature written by hand;
/// an empty year still shows the columns. The incoming deadline (hạn giải quyết) belongs to the follow-up book, not
/// to the register, and is not a column here.
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
        public const string KeptCopy = "Đơn vị, người nhận bản lưu";
        public const string Copies = "Số lượng bản";
        public const string SentOn = "Ngày chuyển";
        public const string Receipt = "Ký nhận";
        public const string Note = "Ghi chú";

        public static readonly string[] Columns = [Number, Date, Title, Signer, Recipients, KeptCopy, Copies, SentOn, Receipt, Note];
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
        public const string PassedOn = "Ngày chuyển";
        public const string Receipt = "Ký nhận";
        public const string Note = "Ghi chú";

        public static readonly string[] Columns = [ReceivedOn, ArrivalNumber, Sender, TheirNumber, TheirDate, Title, Handler, PassedOn, Receipt, Note];
    }

    /// <summary>
    /// Numbered documents only: a draft has no place in the register until it is issued. Sprout sends a document when it
    /// issues it, so the issue date is the date sent; the kept copy is the "Lưu:" line of "Nơi nhận" and the number of
    /// copies is one per recipient and per unit that keeps one.
    /// </summary>
    public static void WriteOutgoing(Stream output, IEnumerable<OutgoingDocument> documents)
    {
        var rows = documents.Where(d => d.Number is not null)
            .OrderBy(d => d.Kind).ThenBy(d => d.Series, StringComparer.Ordinal).ThenBy(d => d.Number)
            .Select(d =>
            {
                var recipients = OutgoingRecipients.Parse(d.Recipients);
                return (IDictionary<string, object?>)new Dictionary<string, object?>
                {
                    [Outgoing.Number] = d.NumberText,
                    [Outgoing.Date] = Day(d.IssuedOn),
                    [Outgoing.Title] = Titled(d.TypeCode, d.Title),
                    [Outgoing.Signer] = d.SignerName,
                    [Outgoing.Recipients] = string.Join("; ", recipients.Addressees),
                    [Outgoing.KeptCopy] = string.Join(", ", recipients.KeptBy),
                    [Outgoing.Copies] = recipients.Copies == 0 ? null : recipients.Copies,
                    [Outgoing.SentOn] = d.Status == DocumentStatus.Issued ? Day(d.IssuedOn) : null,
                    [Outgoing.Receipt] = null,
                    [Outgoing.Note] = d.Status != DocumentStatus.Issued ? DocumentService.StatusName(d.Status)
                        : d.Public ? "Công khai trên cổng thông tin" : null,
                };
            }).ToList();
        Spreadsheet.Write(output, rows, "Sổ văn bản đi", Outgoing.Columns);
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
                [Incoming.PassedOn] = null,
                [Incoming.Receipt] = null,
                [Incoming.Note] = null,
            }).ToList();
        Spreadsheet.Write(output, rows, "Sổ văn bản đến", Incoming.Columns);
    }

    private static string Titled(string typeCode, string text) =>
        DocumentType.Find(typeCode) is { } type ? $"{type.VietnameseName}: {text}" : text;

    private static string? Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
