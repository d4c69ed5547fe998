using Formulate.Engine.Estimation;

namespace Formulate.Engine.Rules;

/// <summary>
/// Allocation lines of an area that needs more than one kind of line. A line told apart by its support type has its own
/// letter phrase; one told apart only by its label (residential or nursing home) says the same in the letter as its area.
/// </summary>
public static class LineRules
{
    public static readonly RuleEntry WakingNights = new()
    {
        Id = "night-support.waking-nights",
        Kind = RuleKind.Line,
        Label = "Waking nights",
        Area = AreaRules.NightSupport,
        SupportType = SupportTypes.WakingNightHour,
        LetterPhrase = "Someone awake with you at night",
        Paragraphs = ["A waking night is its hours a night × the waking night hourly rate, for the nights a week needed."],
        Parameters = ["night.waking_hours_per_night", "rate.waking_night_hour"],
        Reference = "SI 2015/313 reg 2(2)(b), (c) and (e), needs that arise at night; council waking night rate",
    };

    public static readonly RuleEntry SleepInNights = new()
    {
        Id = "night-support.sleep-in-nights",
        Kind = RuleKind.Line,
        Label = "Sleep-in nights",
        Area = AreaRules.NightSupport,
        SupportType = SupportTypes.SleepInNight,
        LetterPhrase = "Someone to sleep over at night",
        Paragraphs = ["A sleep-in night is the sleep-in rate, for the nights a week needed."],
        Parameters = ["night.nights.", "rate.sleep_in_night"],
        Reference = "SI 2015/313 reg 2(2)(b), (c) and (e), needs that arise at night; council sleep-in rate",
    };

    public static readonly RuleEntry ResidentialHome = new()
    {
        Id = "care-home.residential",
        Kind = RuleKind.Line,
        Label = "Residential care home placement",
        Area = AreaRules.CareHome,
        Paragraphs = ["A place in a residential care home, at the council's residential bands."],
        Parameters = ["rate.care_home.residential.", "fee.care_home.residential."],
        Reference = "Care Act 2014 s.8(1)(a) (accommodation in a care home); council residential care fee bands",
    };

    public static readonly RuleEntry NursingHome = new()
    {
        Id = "care-home.nursing",
        Kind = RuleKind.Line,
        Label = "Nursing home placement",
        Area = AreaRules.CareHome,
        Paragraphs = ["A place in a nursing home, at the council's nursing bands; NHS-funded nursing care is paid by the NHS on top."],
        Parameters = ["rate.care_home.nursing.", "fee.care_home.nursing.", "nhs.funded_nursing_care_weekly"],
        Reference = "Care Act 2014 s.8(1)(a) and s.22 (nursing care provided by a registered nurse is for the NHS); council nursing care fee bands",
    };

    public static IReadOnlyList<RuleEntry> All { get; } = [WakingNights, SleepInNights, ResidentialHome, NursingHome];
}
