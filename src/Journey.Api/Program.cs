using JasperFx;
using JasperFx.Events.Daemon;
using Journey.Api.Access;
using Journey.Api.Authorisation;
using Journey.Api.Daemon;
using Journey.Api.Hosting;
using Journey.Api.Import;
using Journey.Api.Operations;
using Journey.Api.Recording;
using Journey.Api.Returns;
using Journey.Api.Rules;
using Journey.Domain.Timescales;
using Journey.Projections;
using Marten;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
// Refusals written by the framework (unreadable body, unparseable query, too large) name the field and rule like ours.
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = RequestProblems.Customize);
builder.Services.AddExceptionHandler<ConcurrentWriteHandler>();
builder.Services.AddExceptionHandler<BadRequestBodyHandler>();
// A statement stopped by the service's statement timeout is 503 with a problem, never its SQL (decision 76).
builder.Services.AddExceptionHandler<StatementTimeoutHandler>();
// Anything else: 500 without the exception's text, logged by kind and stack without its message (decision 70).
builder.Services.AddExceptionHandler<UnexpectedFailureHandler>();
// Bodies refused before any rule are logged at Debug by RequestProblems, not at Error by Wolverine (decision 70).
builder.Logging.SilenceBodyReadingErrors();
// The OpenAPI document describes instants and code names as they are read, through our own converters (decision 69).
builder.Services.ConfigureAll<Microsoft.AspNetCore.OpenApi.OpenApiOptions>(OpenApiSchemas.Describe);
// Requests per user, and imports at once per user: 429 with a problem and Retry-After (Journey:RateLimit:*, decision 74).
builder.Services.AddJourneyRateLimits(builder.Configuration);
// Request bodies are small except an import's (RequestLimits); headers and URLs keep Kestrel's defaults.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.Body);
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.AddOpenApi(options => options.Describe());
// Outside Development the repository's development keys stop start-up, for the service and every command (decision 64).
DevelopmentKeys.RefuseOutsideDevelopment(builder.Configuration, builder.Environment);
builder.Services.AddJourneyAuthentication(builder.Configuration);
// Front-door teams (decision 60) and the token's subject required, logged when missing (decision 62).
builder.Services.AddJourneyAccess(builder.Configuration);
builder.Services.AddJourneyTelemetry(builder.Configuration);
builder.Services.AddJourneyHealth();

// The default rulebook, or a local rule set merged over it (Journey:RuleSet); an unknown name stops start-up here.
var clocks = TimelinessClocks.ForRuleSet(builder.Configuration["Journey:RuleSet"]);
// Which rule set that is, named on every /api answer and listed by GET /api/rules (decision 108).
builder.Services.AddSingleton(RuleSetInUse.For(builder.Configuration["Journey:RuleSet"], clocks));
// The service connects as the application role and runs no DDL; the schema is the owner's, applied at start-up
// through JOURNEY_DB_OWNER (before any other hosted service starts) or by a command, which connects as the owner (decision 58).
var asOwner = JourneyDatabase.IsCommand(args);
// A command prints its report on standard output (the import's as it goes); its log goes to standard error.
if (asOwner) builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
if (!asOwner && JourneyDatabase.ApplySchemaOnStartup(builder.Configuration)) builder.Services.AddHostedService<OwnerSchemaOnStartup>();
// The service's sessions carry a statement timeout; a command's, and the service's own rebuild, do not (decision 76).
builder.Services.AddJourneyStore(
        asOwner ? JourneyDatabase.OwnerConnectionString(builder.Configuration) : JourneyDatabase.ServiceConnectionString(builder.Configuration),
        clocks, asOwner ? AutoCreate.CreateOrUpdate : AutoCreate.None,
        rebuildConnectionString: asOwner ? null : JourneyDatabase.ConnectionString(builder.Configuration))
    // The async daemon runs the async projections (RecordedSteps) in HotCold mode, so several nodes can share
    // one database: the node holding the shard's advisory lock runs it, the others take over when it goes
    // (decision 101; DaemonLeadership says which node holds it and how often the others try).
    .AddAsyncDaemon(DaemonMode.HotCold)
    .IntegrateWithWolverine(wolverine => wolverine.AutoCreate = asOwner ? AutoCreate.CreateOrUpdate : AutoCreate.None);
builder.Services.ConfigureMarten(DaemonLeadership.Configure);
// How long an import line may be and how many problems a report lists (Journey:Import:*, decision 72).
builder.Services.AddSingleton(ImportLimits.From(builder.Configuration));
builder.Services.AddScoped<JourneyImporter>();
builder.Services.AddScoped<BulkImporter>();
builder.Services.AddSingleton<Journey.Api.Rebuild.RebuildGate>();
// The retention schedule and the holds an operator sets (decision 66); an unknown held kind stops start-up.
builder.Services.AddSingleton(Journey.Api.Retention.RetentionPolicy.From(builder.Configuration));
// The statutory returns (CIN census, SSDA903, Annex A) and what they share (decision 82).
builder.Services.AddStatutoryReturns(builder.Configuration);

builder.Host.UseWolverine(opts =>
{
    // Without this Wolverine scans the entry assembly, which under a test host is the test project.
    opts.ApplicationAssembly = typeof(Program).Assembly;
    opts.Policies.AutoApplyTransactions();
    // Balanced, for more than one node over one database: the nodes elect a leader that assigns the durability
    // agent (inbox/outbox recovery, scheduled messages) to one node and hands a dead node's envelopes on (decision 101).
    opts.Durability.Mode = DurabilityMode.Balanced;
    // Wolverine's tables are the owner's too (OwnerSchema), so the service never migrates them itself.
    if (!asOwner) opts.AutoBuildMessageStorageOnStartup = AutoCreate.None;
    // Idempotency-Key on every write: a retry is answered with the first response and appends nothing.
    opts.Durability.EnableDeduplicatedResponses = true;
    opts.UseRuntimeCompilation();
});
builder.Services.AddWolverineHttp();

var app = builder.Build();

// First, so that every answer, errors and refusals included, carries the security headers (decision 75).
app.UseMiddleware<SecurityHeaders>();
app.UseRuleSetHeader();
app.UseExceptionHandler();
app.UseStatusCodePages();
// A control character in a route or query value is refused before authorisation and the access log read it (decision 69).
app.UseMiddleware<ControlCharacterRefusal>();
app.UseAuthentication();
// After authentication, which names the caller each limit counts against.
app.UseRateLimiter();
app.UseAuthorization();
// After authorisation, which marks an analyst's read of child-level rows to be pseudonymised.
app.UseMiddleware<PseudonymisingMiddleware>();

app.MapOpenApi();
app.MapScalarApiReference("/docs", o => o.WithTitle("Journey API"));
app.MapGet("/", () => Results.Redirect("/docs")).ExcludeFromDescription();
// Anonymous operations endpoints, free of child data: /health/live, /health/ready, /metrics (docs/operations.md).
app.MapJourneyHealth();
app.MapJourneyMetrics();

app.MapWolverineEndpoints(opts =>
{
    opts.RequireAuthorizeOnAll();
    // Who may call each endpoint is the access rule named beside its route ([Access], decision 111), whose policy
    // ASP.NET Core applies (roles and teams, decision 51); an endpoint that names none stops start-up here.
    opts.ConfigureEndpoints(chain => AccessRules.Of(chain));
    // A query value that cannot be parsed (?limit=ten) is refused with a problem naming it, not read as the default.
    opts.RejectUnparseableQueryValues = true;
    opts.MapConcurrencyFailuresToConflict();
    // Every step recorded through the API is a journey command; reads need no recorder.
    opts.AddMiddleware(typeof(RecorderMiddleware), JourneyRecordingPolicy.Applies);
    // A list of rows per child takes the children the caller may read as an argument (ReadScope, decisions 55 and 120) and filters by it.
    opts.AddParameterHandlingStrategy(new ReadScopeParameter());
    // Every read of a child's record is logged before it runs, and refused if it cannot be (journey.access_log).
    opts.AddMiddleware(typeof(AccessLogMiddleware), AccessLogPolicy.IsLogged);
    // A child or family id (in a route or a query filter) that cannot be one is refused (400) rather than read as unknown.
    opts.AddMiddleware(typeof(ChildIdentifiers), ChildIdentifiers.Applies);
    // A query date no one can mean (year 0001 or 9999) is refused rather than answered.
    opts.AddMiddleware(typeof(QueryDates), QueryDates.Applies);
    // Every step recorded through the API is decided once, after its journey is loaded and before its endpoint method,
    // which is handed the decision as an argument (JourneyRecording.Validate, decisions 110, 124).
    opts.AddPolicy<JourneyRecordingPolicy>();
});

return await app.RunJasperFxCommands(args);

public partial class Program;
