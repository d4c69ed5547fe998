using System.Reflection;
using Formulate.Engine.Json;
using Xunit.Sdk;

namespace Formulate.Tests.Engine;

/// <summary>Supplies every worked case file in Engine/WorkedCases as one test case each.</summary>
public sealed class WorkedCaseDataAttribute : DataAttribute
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Engine", "WorkedCases");

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(path => new object[] { Path.GetFileNameWithoutExtension(path) });

    public static WorkedCase Load(string name) =>
        FormulateJson.Deserialize<WorkedCase>(File.ReadAllText(Path.Combine(Folder, $"{name}.json")))
        ?? throw new InvalidDataException($"{name}.json is empty");
}
