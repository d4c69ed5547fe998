using Formulate.Data.SignOff;
using Formulate.Web.People;

namespace Formulate.Web.SignOff;

/// <summary>
/// A row of the managers' queue. Each sortable column is a property named as its <see cref="SignOffQueueSort"/>, so the
/// grid's sort reaches the query by name.
/// </summary>
public sealed record SignOffQueueRow
{
    public required SubmissionRecord Record { get; init; }

    public string Person => PeopleService.FullName(Record.Person);

    public string Team => Record.Submission.Team;

    public string AgeBand => SignOffText.AgeBand(Record.Submission.AgeBand);

    public decimal Proposed => Record.Submission.ProposedWeekly;

    public decimal Difference => Record.Difference;

    public string Warnings => SignOffText.Warnings(Record);

    public string Status => SignOffText.Status(Record.Submission.Status);

    public DateTimeOffset Submitted => Record.Submission.SubmittedAt;

    public static SignOffQueueSort SortOf(string? column) =>
        Enum.TryParse<SignOffQueueSort>(column, out var sort) ? sort : SignOffQueueSort.Submitted;
}
