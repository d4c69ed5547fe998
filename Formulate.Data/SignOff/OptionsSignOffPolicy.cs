using Microsoft.Extensions.Options;

namespace Formulate.Data.SignOff;

/// <summary>The sign-off decisions from <c>Formulate:SignOff</c> settings, for hosts without a versioned configuration.</summary>
public sealed class OptionsSignOffPolicy(IOptions<SignOffOptions> options) : ISignOffPolicy
{
    public decimal SecondApprovalAboveWeekly => options.Value.SecondApprovalAboveWeekly;

    public IReadOnlyList<string> DifferenceReasons => options.Value.Reasons;
}
