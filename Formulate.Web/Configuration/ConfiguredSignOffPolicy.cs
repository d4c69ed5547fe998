using Formulate.Data.SignOff;
using Formulate.Data.Time;
using Formulate.Engine.Parameters;
using Formulate.Web.Reproducibility;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Configuration;

/// <summary>
/// Sign-off decisions from the council configuration in force today, so that a published change to
/// the approval limit or the reasons is used at once; the <c>Formulate:SignOff</c> settings apply
/// where the configuration does not set them.
/// </summary>
public sealed class ConfiguredSignOffPolicy(EngineRegistry engines, TimeProvider time, IOptions<SignOffOptions> options) : ISignOffPolicy
{
    public const string ApprovalLimitKey = "policy.second_approval_above_weekly";

    public decimal SecondApprovalAboveWeekly =>
        Configuration.Find(ApprovalLimitKey)?.At(Today)?.Value ?? options.Value.SecondApprovalAboveWeekly;

    public IReadOnlyList<string> DifferenceReasons => Configuration.DifferenceReasons ?? options.Value.Reasons;

    private DateOnly Today => UkTime.Today(time);

    private ParameterSet Configuration => engines.InForceOn(ParameterSetKind.Configuration, Today);
}
