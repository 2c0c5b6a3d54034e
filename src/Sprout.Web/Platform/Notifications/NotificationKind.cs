namespace Sprout.Web.Platform.Notifications;

/// <summary>
/// One kind of event a person may be told about. The code is stored in preferences, so it never changes once shipped;
/// a new module adds its kind here and calls <see cref="NotificationOutbox.EnqueueAsync"/> with it.
/// </summary>
public sealed record NotificationKind(string Code, string Name, string Audience)
{
    public static NotificationKind ContactBookWritten { get; } = new("contact-book", "Sổ liên lạc hằng ngày của con", "Phụ huynh");
    public static NotificationKind MessageReceived { get; } = new("message", "Tin nhắn mới giữa gia đình và giáo viên", "Phụ huynh, giáo viên");
    public static NotificationKind AbsenceReported { get; } = new("absence", "Phụ huynh báo trẻ nghỉ", "Giáo viên");
    public static NotificationKind DocumentWaiting { get; } = new("document-step", "Văn bản chờ mình xử lý bước tiếp theo", "Ban giám hiệu, văn thư, cấp ủy");
    public static NotificationKind MeetingTomorrow { get; } = new("meeting-tomorrow", "Nhắc lịch sinh hoạt, họp ngày mai", "Đảng viên");
    public static NotificationKind MedicineDue { get; } = new("medicine-due", "Đến giờ cho trẻ uống thuốc phụ huynh gửi", "Giáo viên, nhân viên y tế");
    public static NotificationKind ClassPhotos { get; } = new("class-photos", "Ảnh của lớp", "Phụ huynh");
    public static NotificationKind FeedbackAssigned { get; } = new("feedback", "Góp ý được giao cho mình xử lý", "Cán bộ, giáo viên");

    /// <summary>Announcements and anything queued without a kind: always sent on every channel the person has.</summary>
    public static NotificationKind General { get; } = new("general", "Thông báo chung của trường và lớp", "Mọi người");

    public static IReadOnlyList<NotificationKind> All { get; } =
        [ContactBookWritten, MessageReceived, AbsenceReported, DocumentWaiting, MeetingTomorrow, MedicineDue, ClassPhotos, FeedbackAssigned, General];

    public static NotificationKind? Find(string code) => All.FirstOrDefault(k => k.Code == code);
}
