namespace Formulate.Engine.Rules;

/// <summary>What a catalogue entry is, and so where its id shows up.</summary>
public enum RuleKind
{
    /// <summary>A step of the calculation that is not an area of need: its id is a trace step's rule id.</summary>
    Step,

    /// <summary>A formula block for one area of need: a trace step's rule id and an allocation line's area id.</summary>
    Area,

    /// <summary>One of the allocation lines an area can give, where an area gives more than one kind of line.</summary>
    Line,

    /// <summary>A quality-assurance rule: its id is a statement's code.</summary>
    QualityAssurance,

    /// <summary>A what-if scenario: its id is a what-if's id.</summary>
    WhatIf,

    /// <summary>A rule of the NHS Continuing Healthcare Checklist prediction.</summary>
    Chc,
}
