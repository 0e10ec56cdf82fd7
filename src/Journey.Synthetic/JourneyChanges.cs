using System.Text.Json.Nodes;

namespace Journey.Synthetic;

/// <summary>
/// Corrections and withdrawals, as a system migrated from holds them, added to a child's generated
/// steps with a random source of their own (so the journeys themselves, and their shapes, are the
/// same with or without them): about 3 in 100 first contacts have their source code corrected, about
/// 2 in 100 completed assessments are moved a day earlier, and about 3 in 200 allocated children have
/// a supervision recorded against them in error and withdrawn. Each change is made, and recorded,
/// days after the step it changes was recorded; the import names the step by its type and time.
/// </summary>
internal static class JourneyChanges
{
    public static List<GeneratedStep> Add(List<GeneratedStep> steps, Random random)
    {
        var changed = new List<GeneratedStep>(steps);
        if (steps.FirstOrDefault(s => s.Type == "ContactReceived") is { } contact && random.NextDouble() < 0.03)
        {
            var source = contact.Data["source"]!.GetValue<string>();
            var replacement = (JsonObject)contact.Data.DeepClone();
            replacement["source"] = JourneyScript.Sources.Where(s => s != source).ElementAt(random.Next(JourneyScript.Sources.Length - 1));
            changed.Add(Correction(contact, random, "Referral source mistyped", new JsonObject { ["data"] = replacement }));
        }
        if (steps.FirstOrDefault(s => s.Type == "AssessmentCompleted") is { } completed && random.NextDouble() < 0.02)
            changed.Add(Correction(completed, random, "Completion date taken from the draft, not the final report", new JsonObject
            {
                ["occurredAt"] = Iso(completed.OccurredAt.AddDays(-1)),
                ["data"] = completed.Data.DeepClone(),
            }));
        if (steps.FirstOrDefault(s => s.Type == "CaseAllocated") is { } allocated && random.NextDouble() < 0.015)
        {
            // Five past the hour: no generated step falls there (they are on the quarter hour), so the withdrawal names this one alone.
            var heldAt = new DateTimeOffset(allocated.OccurredAt.Date.AddDays(random.Next(1, 6)).AddHours(random.Next(10, 16)).AddMinutes(5), TimeSpan.Zero);
            // Supervision is recorded only while the case is open: not once the work that followed the allocation has closed it.
            var closedAt = steps.Where(s => s.Type == "CaseClosed" && s.OccurredAt > allocated.OccurredAt).Select(s => (DateTimeOffset?)s.OccurredAt).Min();
            if (heldAt < (closedAt ?? DateTimeOffset.MaxValue))
            {
                var inError = new GeneratedStep("SupervisionHeld", heldAt, heldAt.AddMinutes(30), "team.manager", new JsonObject { ["supervisor"] = "Team manager" });
                changed.Add(inError);
                changed.Add(Change("EventWithdrawn", inError, random, new JsonObject
                {
                    ["step"] = Named(inError),
                    ["reason"] = "Supervision of another child recorded on this record",
                }));
            }
        }
        return changed;
    }

    private static GeneratedStep Correction(GeneratedStep step, Random random, string reason, JsonObject replacement) =>
        Change("EventCorrected", step, random, new JsonObject { ["step"] = Named(step), ["reason"] = reason, ["replacement"] = replacement });

    private static GeneratedStep Change(string type, GeneratedStep step, Random random, JsonObject data)
    {
        var changedAt = step.RecordedAt.AddDays(random.Next(1, 15)).AddMinutes(random.Next(0, 240));
        return new GeneratedStep(type, changedAt, changedAt.AddMinutes(random.Next(1, 30)), step.RecordedBy, data);
    }

    private static JsonObject Named(GeneratedStep step) => new() { ["type"] = step.Type, ["occurredAt"] = Iso(step.OccurredAt) };

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ");
}
