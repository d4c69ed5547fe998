namespace Formulate.Engine.Estimation.Planned;

/// <summary>How many people share support where the person lives.</summary>
internal static class SharedSetting
{
    /// <summary>The people in a supported living house, the person included, from supported_living.sharing.</summary>
    public static int People(StepRecorder step) => step.Answer("supported_living.sharing") switch
    {
        "shared_with_1" => 2,
        "shared_with_2" => 3,
        "shared_with_3_plus" => 4,
        _ => 1,
    };
}
