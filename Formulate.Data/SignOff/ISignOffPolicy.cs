namespace Formulate.Data.SignOff;

/// <summary>The council's sign-off decisions in force now: the approval limit and the reasons a proposal may differ from the estimate.</summary>
public interface ISignOffPolicy
{
    /// <summary>A proposed weekly budget above this needs a second approval, by a different manager.</summary>
    decimal SecondApprovalAboveWeekly { get; }

    IReadOnlyList<string> DifferenceReasons { get; }
}
