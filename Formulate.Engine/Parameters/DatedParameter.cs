using Formulate.Engine.Tracing;

namespace Formulate.Engine.Parameters;

/// <summary>A parameter with the value it had on one date, and how a trace records reading it; null values mean none had started.</summary>
internal sealed class DatedParameter
{
    public DatedParameter(Parameter parameter, DatedValue? value, string source)
    {
        Parameter = parameter;
        Value = value;
        // Built once and shared by every trace that reads this value: the record is immutable.
        Read = value is null ? null : new ParameterRead
        {
            Key = parameter.Key,
            Label = parameter.Label,
            Value = value.Value,
            Unit = parameter.Unit,
            EffectiveFrom = value.From,
            Reference = value.Reference,
            Source = source,
        };
    }

    public Parameter Parameter { get; }

    public DatedValue? Value { get; }

    public ParameterRead? Read { get; }
}
