using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;
using Formulate.Engine.Rules;
using Formulate.Web.People;
using Formulate.Web.Profiles;

namespace Formulate.Web.Letters;

/// <summary>Works out what a person's letter says from their record and their latest estimate.</summary>
public static class LetterComposer
{
    public static LetterOutcome Compose(
        Person person, EstimateSnapshot? latest, CouncilDetails council, DateOnly date, AgreedBudget? agreed = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(council);
        var name = PeopleService.FullName(person);
        if (string.IsNullOrWhiteSpace(person.AddressLine1) || string.IsNullOrWhiteSpace(person.Postcode))
        {
            return LetterOutcome.CannotWrite(name, person.CaseReference, $"Add an address for {name} before printing a letter");
        }

        if (latest is null)
        {
            return LetterOutcome.CannotWrite(name, person.CaseReference, $"Work out an estimate for {name} before printing a letter");
        }

        var result = EstimateSnapshots.ReadResult(latest);
        var answers = ReadAnswers(latest);
        if (result is null || answers is null)
        {
            return LetterOutcome.CannotWrite(
                name, person.CaseReference, $"Work out a new estimate for {name} before printing a letter: this version of Formulate cannot read the last one");
        }

        return LetterOutcome.Ready(new Letter
        {
            PersonName = name,
            Greeting = Greeting(person, name),
            CaseReference = person.CaseReference,
            AddressLines = [name, .. new[] { person.AddressLine1, person.AddressLine2, person.Town, person.Postcode }.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!)],
            Date = date,
            WeeklyEstimate = result.WeeklyEstimate,
            Agreed = agreed,
            Lines = LetterLines.From(result),
            Adjustments = [.. result.Adjustments.Select(Describe)],
            TotalWeeklyHours = result.TotalWeeklyHours,
            UnpaidSupport = UnpaidSupportSentences.From(answers, result.AllocationSummary.Any(line => line.AreaId == AreaRules.CarerBreaks.Id && line.Amount > 0m)),
            Council = council,
            Chc = council.ShowChcPredictionInLetters == true ? result.Chc : null,
        });
    }

    private static string Greeting(Person person, string fullName) =>
        !string.IsNullOrWhiteSpace(person.PreferredName) ? person.PreferredName
        : !string.IsNullOrWhiteSpace(person.Title) ? $"{person.Title} {person.FamilyName}"
        : fullName;

    private static string Describe(BudgetAdjustment adjustment) =>
        adjustment.Amount < 0m
            ? $"We have taken off {Pounds.Format(-adjustment.Amount)} a week. This is the most we usually pay for support at home."
            : $"We have added {Pounds.Format(adjustment.Amount)} a week. This brings it up to the lowest amount we pay.";

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
