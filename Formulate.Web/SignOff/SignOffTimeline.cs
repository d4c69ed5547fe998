using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Web.Components.Moj;

namespace Formulate.Web.SignOff;

/// <summary>A submission's story as MOJ timeline items: its decisions with their comments, and the practitioner's replies.</summary>
public static class SignOffTimeline
{
    /// <summary>The decisions and replies, newest first.</summary>
    public static IReadOnlyList<MojTimelineItem> Decisions(SubmissionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return
        [
            // Decisions come oldest first, and a reply follows the return it answers, after which nothing more is decided.
            .. record.Decisions.SelectMany(DecisionAndReply).Reverse(),
        ];
    }

    /// <summary>The submission itself, then its decisions and replies: newest first.</summary>
    public static IReadOnlyList<MojTimelineItem> Everything(SubmissionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var submission = record.Submission;
        return
        [
            .. Decisions(record),
            new MojTimelineItem
            {
                Label = "Submitted for sign-off",
                Byline = submission.SubmittedBy,
                Timestamp = submission.SubmittedAt,
                Text = $"{Pounds.Format(submission.ProposedWeekly)} a week proposed, from an estimate of {Pounds.Format(submission.EstimatedWeekly)}",
            },
        ];
    }

    private static IEnumerable<MojTimelineItem> DecisionAndReply(SubmissionDecision decision)
    {
        yield return new MojTimelineItem
        {
            Label = decision.Outcome == DecisionOutcome.Returned ? "Returned" : decision.Stage == 2 ? "Second approval" : "Approved",
            Byline = decision.DecidedBy,
            Timestamp = decision.DecidedAt,
            Text = decision.Comments,
        };
        if (decision.RepliedAt is { } repliedAt)
        {
            yield return new MojTimelineItem { Label = "Reply to the return", Byline = decision.RepliedBy, Timestamp = repliedAt, Text = decision.Reply };
        }
    }
}
