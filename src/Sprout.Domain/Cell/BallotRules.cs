namespace Sprout.Domain.Cell;

/// <summary>Whether a member may cast a paper now; the receipt store answers "already voted".</summary>
public static class BallotRules
{
    public const string Closed = "Cuộc bỏ phiếu đã kết thúc hoặc chưa mở, không thể nhận phiếu.";
    public const string NotEntitled = "Đồng chí không có quyền bỏ phiếu trong cuộc bỏ phiếu này.";
    public const string AlreadyVoted = "Đồng chí đã bỏ phiếu trong cuộc bỏ phiếu này; mỗi đảng viên chỉ được bỏ một phiếu.";

    /// <summary>Null when the paper may be cast, otherwise the Vietnamese reason for refusing it.</summary>
    public static string? CanCast(bool ballotOpen, bool alreadyVoted, bool isEntitled)
    {
        if (!ballotOpen)
        {
            return Closed;
        }

        if (!isEntitled)
        {
            return NotEntitled;
        }

        return alreadyVoted ? AlreadyVoted : null;
    }
}
