using Sprout.Domain.Cell;

namespace Sprout.Web.Modules.Cell;

/// <summary>Maps a meeting's records onto the minutes template of the domain.</summary>
public static class CellMinutes
{
    public static string Markdown(CellMeeting meeting, IReadOnlyDictionary<int, string> names)
    {
        string Name(int? id) => id is { } i ? names.GetValueOrDefault(i, string.Empty) : string.Empty;
        var marks = meeting.Attendance;
        var input = new MinutesInput
        {
            Kind = meeting.Kind,
            Period = $"tháng {meeting.Date.Month} năm {meeting.Date.Year}",
            Theme = meeting.Theme,
            Date = meeting.Date,
            Start = meeting.StartTime,
            End = meeting.EndTime ?? meeting.StartTime.AddHours(2),
            Place = meeting.Place,
            Chair = Name(meeting.ChairMemberId),
            Secretary = Name(meeting.SecretaryMemberId),
            Summoned = marks.Count,
            Present = marks.Where(a => a.Mark == AttendanceMark.Present).Select(a => Name(a.PartyMemberId)).ToList(),
            AbsentExcused = marks.Where(a => a.Mark == AttendanceMark.AbsentExcused).Select(a => new Absence(Name(a.PartyMemberId), a.Reason ?? string.Empty)).ToList(),
            AbsentUnexcused = marks.Where(a => a.Mark == AttendanceMark.AbsentUnexcused).Select(a => Name(a.PartyMemberId)).ToList(),
            Review = meeting.Assessment,
            Directions = meeting.Directions,
            Discussion = meeting.Discussion.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split(':', 2) is [var who, var what] ? new Opinion(who.Trim(), what.Trim()) : new Opinion(string.Empty, line)).ToList(),
            Conclusion = meeting.Conclusion,
            Vote = new ResolutionVote(meeting.VotesFor, meeting.VotesAgainst, meeting.VotesAbstain),
        };
        try
        {
            return MinutesTemplate.Write(input);
        }
        catch (ArgumentException ex)
        {
            // The template checks the minutes (chair present, votes within attendance): its message is the user's.
            throw new CellRuleException(ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal));
        }
    }
}
