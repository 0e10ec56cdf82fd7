using System.Text.Json.Nodes;
using Journey.Domain.Reference;

namespace Journey.Synthetic;

/// <summary>
/// What the statutory returns need beyond the journey's shape (decision 79), added to a child's generated
/// steps with a random source of its own, so the journeys, their shapes and every measure are the same with
/// or without them: a UPN with its check letter (or, for a child not yet at school, UN1), disabilities,
/// whether a girl is a mother, the social worker's registration and why a worker changed, the category of
/// need and home postcode at entry, previous permanence, each placement's provider code, postcode and URN,
/// immunisations and development checks, missing or away, the early help organisation, UASC status and
/// its end at 18, and for a year in care the SSDA903's OC2 items (an SDQ score, a dental check, substance
/// misuse, a youth caution). Postcodes are real ones of the authority (seeds/reference/postcodes.csv).
/// </summary>
internal static class ReturnFields
{
    /// <summary>The DfE number of the authority the synthetic children live in (Sandwell), characters 2 to 4 of their UPNs.</summary>
    private const string AuthorityNumber = "333";

    /// <summary>The Ofsted URN of the authority's own fostering service, where its in-house foster carers are approved.</summary>
    private const string FosteringServiceUrn = "SC052716";

    private static readonly string[] Disabilities = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"];
    private static readonly string[] WorkerChangeReasons = ["MANAGE", "LEFTRL", "ORGRST", "TSPROC", "ABSENC"];
    private static readonly string[] Organisations = ["Family Hub North", "Family Hub South", "Oakfield Primary School", "Health visiting team"];
    private static readonly string[] PermanenceAuthorities = ["333", "330", "332", "335", "336"];

    private static readonly Lazy<string[]> HomePostcodes = new(() =>
    {
        using var reader = EmbeddedReference.Open("postcodes.csv");
        return SimpleCsv.Read(reader, "postcodes.csv").Where(r => r.Fields["local_authority"] == "Sandwell").Select(r => r.Fields["postcode"]).ToArray();
    });

    public static List<GeneratedStep> Add(List<GeneratedStep> steps, Random random)
    {
        var added = new List<GeneratedStep>(steps);
        var bornOn = steps.FirstOrDefault(s => s.Type == "ChildDetailsRecorded")?.Data["dateOfBirth"]?.GetValue<string>() is { } dob ? DateOnly.Parse(dob) : (DateOnly?)null;
        string? previousWorker = null, need = null;
        (DateTimeOffset From, DateTimeOffset Until)? care = null;
        foreach (var step in steps)
        {
            var data = step.Data;
            switch (step.Type)
            {
                case "ChildDetailsRecorded": Details(data, step.OccurredAt, random); break;
                case "ReferralAccepted": need = data["primaryNeed"]?.GetValue<string>(); break;
                case "CaseAllocated":
                    var worker = data["worker"]!.GetValue<string>();
                    data["workerRegistration"] = Registration(worker);
                    if (previousWorker is not null && previousWorker != worker) data["workerChangeReason"] = Pick(random, WorkerChangeReasons);
                    previousWorker = worker;
                    break;
                case "EnteredCare":
                    care = (step.OccurredAt, steps.FirstOrDefault(s => s.Type == "LeftCare" && s.OccurredAt > step.OccurredAt)?.OccurredAt ?? DateTimeOffset.MaxValue);
                    Entered(data, step.OccurredAt, need, bornOn, random);
                    if (bornOn is { } born && Age(born, step.OccurredAt) >= 14 && random.NextDouble() < 0.08) Uasc(added, data, step, born, care.Value.Until);
                    break;
                case "PlacementStarted":
                    data["placementProvider"] = "PR1";
                    data["postcode"] = Pick(random, HomePostcodes.Value);
                    data["urn"] = FosteringServiceUrn;
                    break;
                case "HealthAssessmentCompleted":
                    data["immunisationsUpToDate"] = random.NextDouble() < 0.9;
                    if (bornOn is { } young && Age(young, step.OccurredAt) < 5) data["developmentChecksUpToDate"] = random.NextDouble() < 0.88;
                    break;
                case "MissingEpisodeStarted":
                    var inCare = care is { } c && c.From <= step.OccurredAt && step.OccurredAt < c.Until;
                    data["missingOrAway"] = inCare && random.NextDouble() < 0.35 ? "A" : "M";
                    break;
                case "EarlyHelpStarted": data["organisation"] = Pick(random, Organisations); break;
            }
        }
        if (care is { } period && bornOn is { } bornAt) YearInCare(added, period.From, period.Until, bornAt, random);
        return added;
    }

    private static void Details(JsonObject data, DateTimeOffset at, Random random)
    {
        var born = DateOnly.Parse(data["dateOfBirth"]!.GetValue<string>());
        // Children under 5 are not yet at school (CIN UPNunknown UN1); a few older ones never attended a state school here (UN2).
        if (Age(born, at) < 5) data["upnUnknown"] = "UN1";
        else if (random.NextDouble() < 0.05) data["upnUnknown"] = "UN2";
        else data["upn"] = NewUpn(random);
        data["disabilities"] = random.NextDouble() < 0.85
            ? new JsonArray("NONE")
            : new JsonArray(Disabilities.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(d => (JsonNode)d).ToArray());
        if (data["gender"]!.GetValue<string>() != "F") return;
        // SSDA903 MOTHER is asked of every girl looked after (rule 393); a few older girls are mothers.
        var mother = Age(born, at) >= 16 && random.NextDouble() < 0.05;
        data["isMother"] = mother;
        if (mother) data["firstChildDateOfBirth"] = DateOnly.FromDateTime(at.UtcDateTime).AddDays(-random.Next(0, 300)).ToString("yyyy-MM-dd");
    }

    private static void Entered(JsonObject data, DateTimeOffset at, string? need, DateOnly? bornOn, Random random)
    {
        // The generated referrals' needs are N1..N8, the SSDA903's categories of need.
        if (need is not null) data["categoryOfNeed"] = need;
        data["homePostcode"] = Pick(random, HomePostcodes.Value);
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var orderOn = day.AddDays(-random.Next(365, 3000));
        if (random.NextDouble() < 0.06 && bornOn is { } born && orderOn > born.AddDays(30))
        {
            data["previousPermanence"] = Pick<string>(random, ["P1", "P2", "P3"]);
            data["previousPermanenceAuthority"] = Pick(random, PermanenceAuthorities);
            data["previousPermanenceDate"] = orderOn.ToString("yyyy-MM-dd");
        }
        else data["previousPermanence"] = "Z1";
    }

    /// <summary>An unaccompanied asylum-seeking child, whose status ceases at 18 if they are still looked after then.</summary>
    private static void Uasc(List<GeneratedStep> added, JsonObject data, GeneratedStep entered, DateOnly born, DateTimeOffset leaves)
    {
        data["uasc"] = true;
        var eighteen = new DateTimeOffset(born.AddYears(18).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        if (eighteen > entered.OccurredAt && eighteen < leaves)
            added.Add(new GeneratedStep("UascStatusCeased", eighteen, eighteen.AddHours(2), "social.worker", []));
    }

    /// <summary>The OC2 items of a child looked after for a year: an SDQ (ages 4 to 17), a dental check, and for some substance misuse or a youth caution.</summary>
    private static void YearInCare(List<GeneratedStep> added, DateTimeOffset from, DateTimeOffset until, DateOnly born, Random random)
    {
        var year = from.AddDays(365);
        if (until <= year) return;
        var sdqAt = At(from.AddDays(random.Next(330, 360)), 14);
        var age = Age(born, sdqAt);
        if (age is >= 4 and <= 17)
            added.Add(Step("StrengthsAndDifficultiesRecorded", sdqAt, random.NextDouble() < 0.92
                ? new JsonObject { ["score"] = Math.Clamp((int)Math.Round(14 + 7 * Normal(random)), 0, 40) }
                : new JsonObject { ["reasonNoScore"] = Pick<string>(random, ["SDQ2", "SDQ4", "SDQ5"]) }));
        if (random.NextDouble() < 0.85)
            added.Add(Step("HealthAssessmentCompleted", At(from.AddDays(random.Next(200, 340)), 11), new JsonObject { ["kind"] = "DentalCheck" }));
        if (age >= 12 && random.NextDouble() < 0.06)
        {
            var received = random.NextDouble() < 0.6;
            added.Add(Step("SubstanceMisuseIdentified", At(from.AddDays(random.Next(30, 330)), 11), received
                ? new JsonObject { ["interventionReceived"] = true }
                : new JsonObject { ["interventionReceived"] = false, ["interventionOffered"] = random.NextDouble() < 0.7 }));
        }
        if (age >= 10 && random.NextDouble() < 0.05)
            added.Add(Step("YouthJusticeOutcomeRecorded", At(from.AddDays(random.Next(30, 330)), 10),
                new JsonObject { ["outcome"] = Pick<string>(random, ["YouthCaution", "YouthConditionalCaution", "Conviction"]) }));
    }

    private static GeneratedStep Step(string type, DateTimeOffset at, JsonObject data) => new(type, at, at.AddHours(3), "social.worker", data);

    private static DateTimeOffset At(DateTimeOffset day, int hour) => new(day.UtcDateTime.Date.AddHours(hour), TimeSpan.Zero);

    /// <summary>A permanent UPN issued by the authority: its number, 9 digits, and the check letter (CIN census rule 1510).</summary>
    private static string NewUpn(Random random)
    {
        var rest = AuthorityNumber + random.NextInt64(0, 1_000_000_000).ToString("D9");
        return Upn.CheckLetter(rest) + rest;
    }

    /// <summary>
    /// A worker's Social Work England number, the same for the worker wherever they appear: FNV-1a over the name,
    /// since string.GetHashCode differs from run to run and the generator must not.
    /// </summary>
    private static string Registration(string worker)
    {
        var hash = 2166136261u;
        foreach (var c in worker) hash = unchecked((hash ^ c) * 16777619u);
        return "SW" + (100_000 + hash % 900_000);
    }

    private static int Age(DateOnly born, DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var age = day.Year - born.Year;
        return born.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>A standard normal draw (Box-Muller), for SDQ scores about a mean.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
