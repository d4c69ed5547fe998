namespace Formulate.Engine.Estimation;

/// <summary>
/// An estimate above the council's high-end cap where the council's policy is to refer such estimates to panel: the full
/// estimate stands, because a personal budget must be sufficient to meet the person's needs, and it needs a second approval.
/// </summary>
public sealed record PanelReferral
{
    /// <summary>£ per week: the council's high-end cap in force on the assessment date.</summary>
    public required decimal Cap { get; init; }

    /// <summary>£ per week: how far the estimate is above the cap.</summary>
    public required decimal AboveCap { get; init; }
}
