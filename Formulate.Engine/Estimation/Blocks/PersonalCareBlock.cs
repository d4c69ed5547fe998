namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Washing, toilet and dressing: minutes a day per activity, made longer by memory, learning disability and transfers, in visits of at least the council's minimum.</summary>
internal static class PersonalCareBlock
{
    public const string AreaId = "personal-care";
    private const string AreaLabel = "Personal care";

    private static readonly (string Outcome, string Label)[] Activities =
    [
        ("hygiene", "keep clean"),
        ("toileting", "manage toilet needs"),
        ("dressing", "dress appropriately"),
    ];

    private static readonly string[] VisitTimes = ["morning", "midday", "evening", "bedtime"];

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(AreaId, "Personal care: washing, using the toilet and dressing");
        decimal with = 0m, without = 0m;
        foreach (var (outcome, label) in Activities)
        {
            var level = NeedLevel.Of(step, outcome);
            if (level is null)
            {
                continue;
            }

            var minutes = step.Model($"personal_care.minutes.{outcome}.{level}");
            var (shareWith, shareWithout) = OutcomeShare.Remaining(step, outcome, label);
            with += minutes * shareWith;
            without += minutes * shareWithout;
        }

        if (without <= 0m)
        {
            return AreaEstimate.None(AreaId, AreaLabel, UnitKind.Hours, person.DailyLivingSupportType, step.Finish(0m, "GBP per week"));
        }

        var visits = Math.Max(1, VisitTimes.Count(time => step.AnswerIs($"personal_care.{time}", "yes")));
        var minimum = step.Config("minimum.visit_minutes.personal_care");
        decimal PerDay(decimal minutes) => VisitTime.MinutesPerDay(minutes * person.CareTimeFactor, visits, minimum);
        step.Explain($"{with:0.##} minutes a day × care time factor {person.CareTimeFactor:0.####} = {with * person.CareTimeFactor:0.##} minutes, paid as up to {visits} visits of at least {minimum} minutes: {PerDay(with):0.##} minutes a day");

        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = AreaId,
            Area = AreaLabel,
            Units = NeedLevel.HoursFromMinutesPerDay(PerDay(with)),
            UnitsWithoutUnpaid = NeedLevel.HoursFromMinutesPerDay(PerDay(without)),
            Kind = UnitKind.Hours,
            SupportType = person.DailyLivingSupportType,
        });
    }
}
