using Formulate.Engine.Estimation;

namespace Formulate.Engine.Rules;

/// <summary>The what-if scenarios: the estimate worked out again in each other living situation, and without unpaid support.</summary>
public static class WhatIfRules
{
    public static readonly RuleEntry OwnHomeAlone = new()
    {
        Id = "living-situation:own_home_alone",
        Kind = RuleKind.WhatIf,
        Label = "If the person lived in their own home, alone",
        Paragraphs = ["The estimate worked out again as if the person lived in their own home, alone, with every other answer the same."],
        Reference = LivingSituationReference,
    };

    public static readonly RuleEntry OwnHomeWithFamily = new()
    {
        Id = "living-situation:own_home_with_family",
        Kind = RuleKind.WhatIf,
        Label = "If the person lived in their own home, with family or others",
        Paragraphs = ["The estimate worked out again as if the person lived in their own home, with family or others, with every other answer the same."],
        Reference = LivingSituationReference,
    };

    public static readonly RuleEntry ExtraCareHousing = new()
    {
        Id = "living-situation:extra_care_housing",
        Kind = RuleKind.WhatIf,
        Label = "If the person lived in extra care housing",
        Paragraphs = ["The estimate worked out again as if the person lived in extra care housing, with every other answer the same."],
        Reference = LivingSituationReference,
    };

    public static readonly RuleEntry SupportedLiving = new()
    {
        Id = "living-situation:supported_living",
        Kind = RuleKind.WhatIf,
        Label = "If the person lived in supported living",
        Paragraphs = ["The estimate worked out again as if the person lived in supported living, with every other answer the same."],
        Reference = LivingSituationReference,
    };

    public static readonly RuleEntry SharedLives = new()
    {
        Id = "living-situation:shared_lives",
        Kind = RuleKind.WhatIf,
        Label = "If the person lived in a Shared Lives arrangement",
        Paragraphs = ["The estimate worked out again as if the person lived in a Shared Lives arrangement, with every other answer the same."],
        Reference = LivingSituationReference,
    };

    public static readonly RuleEntry ResidentialCare = new()
    {
        Id = "living-situation:residential_care",
        Kind = RuleKind.WhatIf,
        Label = "If the person lived in a residential care home",
        Paragraphs = ["The estimate worked out again as if the person lived in a residential care home, with every other answer the same."],
        Reference = LivingSituationReference,
    };

    public static readonly RuleEntry NursingCare = new()
    {
        Id = "living-situation:nursing_care",
        Kind = RuleKind.WhatIf,
        Label = "If the person lived in a nursing home",
        Paragraphs = ["The estimate worked out again as if the person lived in a nursing home, with every other answer the same."],
        Reference = LivingSituationReference,
    };

    public static readonly RuleEntry WithoutUnpaidSupport = new()
    {
        Id = "without-unpaid-support",
        Kind = RuleKind.WhatIf,
        Label = "Without unpaid carer support (contingency)",
        Paragraphs = ["The estimate worked out again as if no unpaid support were given, so that the plan says what would be needed if the carer stopped."],
        Reference = "Care Act 2014 s.25 (the care and support plan); Care and support statutory guidance ch.10 (planning for the unpaid carer no longer being able to care)",
    };

    public static IReadOnlyList<RuleEntry> All { get; } =
    [
        OwnHomeAlone, OwnHomeWithFamily, ExtraCareHousing, SupportedLiving, SharedLives, ResidentialCare, NursingCare,
        WithoutUnpaidSupport,
    ];

    /// <summary>The what-if for a living situation, by its answer code; null for a code the engine does not know.</summary>
    public static RuleEntry? ForLivingSituation(string situation) => situation switch
    {
        LivingSituations.OwnHomeAlone => OwnHomeAlone,
        LivingSituations.OwnHomeWithFamily => OwnHomeWithFamily,
        LivingSituations.ExtraCareHousing => ExtraCareHousing,
        LivingSituations.SupportedLiving => SupportedLiving,
        LivingSituations.SharedLives => SharedLives,
        LivingSituations.ResidentialCare => ResidentialCare,
        LivingSituations.NursingCare => NursingCare,
        _ => null,
    };

    private const string LivingSituationReference =
        "Care Act 2014 s.25 (the care and support plan); Care and support statutory guidance ch.10 (care and support planning: the options open to the person)";
}
