using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Formulate.Data.Audit;

/// <summary>
/// Describes one save's changes to audited records as one audit entry: the values before and
/// after, keyed by record. An update lists only the values that changed; answers are listed by question.
/// </summary>
internal static class AuditRecorder
{
    private static readonly JsonSerializerOptions ValueOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static AuditEntry? Describe(IReadOnlyList<EntityEntry> entries, string userName, string? action, DateTimeOffset now)
    {
        var audited = entries
            .Where(e => AuditedRecords.IsAudited(e.Metadata.ClrType, e.State))
            .ToList();
        if (audited.Count == 0)
        {
            return null;
        }

        var before = new JsonObject();
        var after = new JsonObject();
        foreach (var entry in audited)
        {
            var key = KeyFor(entry, before, after);
            var (old, current) = Values(entry);
            if (old is not null)
            {
                before[key] = old;
            }

            if (current is not null)
            {
                after[key] = current;
            }
        }

        var primary = audited[0];
        var label = AuditedRecords.Label(primary.Metadata.ClrType);
        return new AuditEntry
        {
            OccurredAt = now,
            UserName = userName,
            Action = action ?? $"{label} {Verb(primary.State)}",
            EntityType = label,
            EntityId = AuditedRecords.Id(primary.Entity),
            PersonId = audited.Select(e => AuditedRecords.PersonId(e.Entity)).FirstOrDefault(id => id is not null),
            BeforeJson = before.Count == 0 ? null : before.ToJsonString(),
            AfterJson = after.Count == 0 ? null : after.ToJsonString(),
        };
    }

    private static string KeyFor(EntityEntry entry, JsonObject before, JsonObject after)
    {
        var key = AuditedRecords.Label(entry.Metadata.ClrType);
        return before.ContainsKey(key) || after.ContainsKey(key) ? $"{key} {AuditedRecords.Id(entry.Entity)}" : key;
    }

    private static (JsonObject? Before, JsonObject? After) Values(EntityEntry entry)
    {
        var properties = entry.Properties.Where(p => p.Metadata.Name != nameof(IVersioned.Version)).ToList();
        switch (entry.State)
        {
            case EntityState.Added:
                return (null, Object(properties.Select(p => (p.Metadata.Name, p.CurrentValue))));
            case EntityState.Deleted:
                return (Object(properties.Select(p => (p.Metadata.Name, p.OriginalValue))), null);
            default:
                var changed = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                return (Object(changed.Select(p => (p.Metadata.Name, p.OriginalValue)), changed.Select(p => (p.Metadata.Name, p.CurrentValue))),
                        Object(changed.Select(p => (p.Metadata.Name, p.CurrentValue)), changed.Select(p => (p.Metadata.Name, p.OriginalValue))));
        }
    }

    private static JsonObject Object(IEnumerable<(string Name, object? Value)> values) => Object(values, []);

    private static JsonObject Object(IEnumerable<(string Name, object? Value)> values, IEnumerable<(string Name, object? Value)> other)
    {
        var others = other.ToDictionary(o => o.Name, o => o.Value);
        var result = new JsonObject();
        foreach (var (name, value) in values)
        {
            if (AuditedRecords.IsHidden(name))
            {
                result[name] = value is null ? null : "(hidden)";
            }
            else if (AuditedRecords.IsSummarised(name))
            {
                result[name] = value is string text ? AuditedRecords.Summary(name, text) : null;
            }
            else if (AuditedRecords.IsPersonalData(name))
            {
                result[name] = value is null ? null : "(personal data)";
            }
            else if (name == nameof(NeedsProfile.AnswersJson))
            {
                result["Answers"] = others.TryGetValue(name, out var otherValue)
                    ? ChangedAnswers(value as string, otherValue as string)
                    : JsonNode.Parse(value as string ?? "{}");
            }
            else
            {
                result[name] = JsonSerializer.SerializeToNode(value, ValueOptions);
            }
        }

        return result;
    }

    /// <summary>Only the questions whose answer differs; a removed answer is null.</summary>
    private static JsonObject ChangedAnswers(string? these, string? others)
    {
        var mine = JsonNode.Parse(these ?? "{}")?.AsObject() ?? [];
        var theirs = JsonNode.Parse(others ?? "{}")?.AsObject() ?? [];
        var result = new JsonObject();
        foreach (var questionId in mine.Select(p => p.Key).Union(theirs.Select(p => p.Key)).Order(StringComparer.Ordinal))
        {
            var value = mine[questionId]?.GetValue<string>();
            if (value != theirs[questionId]?.GetValue<string>())
            {
                result[questionId] = value;
            }
        }

        return result;
    }

    private static string Verb(EntityState state) => state switch
    {
        EntityState.Added => "added",
        EntityState.Deleted => "deleted",
        _ => "changed",
    };
}
