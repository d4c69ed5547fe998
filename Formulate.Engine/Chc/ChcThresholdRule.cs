namespace Formulate.Engine.Chc;

/// <summary>The national rules under which a positive Checklist leads to a full assessment of eligibility.</summary>
public enum ChcThresholdRule
{
    /// <summary>Two or more domains at A.</summary>
    TwoOrMoreA,

    /// <summary>Five or more domains at B.</summary>
    FiveOrMoreB,

    /// <summary>One domain at A and four or more at B.</summary>
    OneAAndFourB,

    /// <summary>An A in a domain that carries a priority level in the Decision Support Tool.</summary>
    AInPriorityDomain,
}
