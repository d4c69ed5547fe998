using Formulate.Data.Entities;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;
using Formulate.Engine.Rules;
using Formulate.Web.People;
using Formulate.Web.Profiles;

namespace Formulate.Web.Letters;

/// <summary>
/// Works out what a person's letter says. A letter explains only the person's latest approved budget, from the estimate it
/// was agreed from; a newer estimate or submission waiting for sign-off is named in a notice for staff, never in the letter.
/// </summary>
public static class LetterComposer
{
    /// <param name="questions">The questions' wording for the answers a self-assessment gave; without it the letter does not name them.</param>
    public static LetterOutcome Compose(PersonRecord record, CouncilDetails council, DateOnly date, QuestionSet? questions = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(council);
        var person = record.Person;
        var name = PeopleService.FullName(person);
        if (string.IsNullOrWhiteSpace(person.AddressLine1) || string.IsNullOrWhiteSpace(person.Postcode))
        {
            return LetterOutcome.CannotWrite(name, person.CaseReference, $"Add an address for {name} before printing a letter");
        }

        var approved = record.Agreed.Where(s => s.Status == SubmissionStatus.Approved).LastOrDefault();
        if (approved is null)
        {
            return LetterOutcome.CannotWrite(name, person.CaseReference, NotApproved(name));
        }

        var agreedFrom = record.Estimates.FirstOrDefault(s => s.Id == approved.EstimateSnapshotId);
        var result = agreedFrom is null ? null : EstimateSnapshots.ReadResult(agreedFrom);
        var answers = agreedFrom is null ? null : ReadAnswers(agreedFrom);
        if (result is null || answers is null)
        {
            return LetterOutcome.CannotWrite(
                name, person.CaseReference, $"The estimate {name}'s budget was agreed from cannot be read by this version of Formulate, so no letter can be printed. Work out a new estimate and submit it for sign-off");
        }

        var agreed = new AgreedBudget
        {
            WeeklyAmount = approved.ProposedWeekly,
            Reason = LetterReasonWording.For(approved, council),
            ApprovedOn = approved.StartDate ?? Data.Time.UkTime.DateOf(approved.SubmittedAt),
        };
        var letter = new Letter
        {
            PersonName = name,
            Greeting = Greeting(person, name),
            CaseReference = person.CaseReference,
            AddressLines = [name, .. new[] { person.AddressLine1, person.AddressLine2, person.Town, person.Postcode }.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!)],
            Date = date,
            WeeklyEstimate = result.WeeklyEstimate,
            Agreed = agreed,
            Lines = LetterLines.From(result, agreed.WeeklyAmount),
            FinancialAssessment = FinancialAssessmentWording.For(council),
            TotalWeeklyHours = result.TotalWeeklyHours,
            // A budget agreed at or below the cap did not need the panel, whatever the estimate was.
            PanelReferral = result.PanelReferral is { } referral && agreed.WeeklyAmount > referral.Cap ? referral : null,
            UnpaidSupport = UnpaidSupportSentences.From(answers, result.AllocationSummary.Any(line => line.AreaId == AreaRules.CarerBreaks.Id && line.Amount > 0m)),
            Council = council,
            Chc = council.ShowChcPredictionInLetters == true ? result.Chc : null,
            FromThePerson = questions is null ? null : SelfAssessmentLetterWording.For(
                [.. record.SelfAssessmentAnswers.Where(used => used.ProfileId == approved.NeedsProfileId)], answers, questions),
        };
        return LetterOutcome.Ready(letter, NewerEstimateNotice.For(record, agreedFrom!, agreed));
    }

    public static string NotApproved(string name) =>
        $"No budget has been approved for {name} yet; a letter can be printed once a manager approves it";

    private static string Greeting(Person person, string fullName) =>
        !string.IsNullOrWhiteSpace(person.PreferredName) ? person.PreferredName
        : !string.IsNullOrWhiteSpace(person.Title) ? $"{person.Title} {person.FamilyName}"
        : fullName;

    private static IReadOnlyDictionary<string, string>? ReadAnswers(EstimateSnapshot snapshot)
    {
        try
        {
            return FormulateJson.Deserialize<Engine.Profiles.NeedsProfile>(snapshot.InputJson)?.Answers;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
