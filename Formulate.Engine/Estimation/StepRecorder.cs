using System.Runtime.CompilerServices;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Estimation;

/// <summary>Reads answers and parameters for one calculation step and records them in that step's trace.</summary>
internal sealed class StepRecorder
{
    private readonly Calculation _calculation;
    private readonly string _ruleId;
    private readonly string _label;
    private List<AnswerRead>? _answers;
    private List<ParameterRead>? _parameters;
    private List<TraceStep>? _children;
    private string? _working;

    public StepRecorder(Calculation calculation, string ruleId, string label)
    {
        _calculation = calculation;
        _ruleId = ruleId;
        _label = label;
    }

    public bool Tracing => _calculation.Tracing;

    public Calculation Calculation => _calculation;

    public string? Answer(string questionId)
    {
        var code = _calculation.Answer(questionId);
        if (Tracing)
        {
            (_answers ??= []).Add(_calculation.DescribeAnswer(questionId, code));
        }

        return code;
    }

    public bool AnswerIs(string questionId, string code) => Answer(questionId) == code;

    public decimal Model(string key) => Record(_calculation.Read(_calculation.Model, key));

    /// <summary>The model parameter "{prefix}.{code}", e.g. ("deduction.unpaid", "most").</summary>
    public decimal Model(string prefix, string code) => Record(_calculation.Read(_calculation.Model, prefix, code));

    public decimal Config(string key) => Record(_calculation.Read(_calculation.Configuration, key));

    public decimal Config(string prefix, string code) => Record(_calculation.Read(_calculation.Configuration, prefix, code));

    public bool Policy(string key) => Config(key) != 0m;

    /// <summary>A yes/no policy that configurations made before it existed leave out: null for those, which keep their behaviour.</summary>
    public bool? OptionalPolicy(string key) =>
        _calculation.Configuration.Resolve(key, null, _calculation.Date) is null ? null : Policy(key);

    /// <summary>The council's rate for a support type, specific to the primary support reason where it sets one.</summary>
    public decimal Rate(string supportType, string? primarySupportReason) =>
        Config(_calculation.RateKey(supportType, primarySupportReason));

    public void Explain([InterpolatedStringHandlerArgument("")] ref WorkingHandler working)
    {
        if (Tracing)
        {
            var text = working.ToStringAndClear();
            _working = _working is null ? text : $"{_working}; {text}";
        }
    }

    public void Add(TraceStep? child)
    {
        // An untraced step may be handed the trace of working shared with a traced scenario; it keeps no children.
        if (child is not null && Tracing)
        {
            (_children ??= []).Add(child);
        }
    }

    public TraceStep? Finish(decimal? amount = null, string? unit = null) => Tracing
        ? new TraceStep
        {
            RuleId = _ruleId,
            Label = _label,
            Answers = _answers ?? [],
            Parameters = _parameters ?? [],
            Working = _working,
            Amount = amount,
            Unit = unit,
            Steps = _children ?? [],
        }
        : null;

    private decimal Record((decimal Value, ParameterRead? Read) read)
    {
        if (read.Read is not null)
        {
            (_parameters ??= []).Add(read.Read);
        }

        return read.Value;
    }
}
