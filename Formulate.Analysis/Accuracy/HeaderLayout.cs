namespace Formulate.Analysis.Accuracy;

/// <summary>Where each kind of value sits in a sample file's rows.</summary>
internal sealed class HeaderLayout(int width)
{
    public int Width { get; } = width;

    public int CaseId { get; set; } = -1;

    public int AssessmentDate { get; set; } = -1;

    /// <summary>The optional column of reasons for leaving a case out; -1 when the file has none.</summary>
    public int ExcludedBecause { get; set; } = -1;

    public List<(int Column, string QuestionId)> Questions { get; } = [];

    /// <summary>Column of each package line's support type, units and rate (parts 0, 1, 2); -1 when absent.</summary>
    public int[,] Package { get; } = CreatePackage();

    private static int[,] CreatePackage()
    {
        var package = new int[SampleFormat.MaxPackageLines, 3];
        for (var line = 0; line < SampleFormat.MaxPackageLines; line++)
        {
            for (var part = 0; part < 3; part++)
            {
                package[line, part] = -1;
            }
        }

        return package;
    }
}
