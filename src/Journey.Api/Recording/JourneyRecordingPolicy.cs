using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Middleware;

namespace Journey.Api.Recording;

/// <summary>
/// Adds <see cref="JourneyRecording.Validate"/> to every chain whose request body is a journey command, as the last of
/// its middleware: after Wolverine's aggregate workflow has loaded the journey and answered 404 for a missing one, and
/// after a Validate of the endpoint's own class (the contact's disposed-record check), so a step is decided once, in one
/// place, where each capability's endpoint class used to forward to it (decision 124). Wolverine's AddMiddleware and
/// AddMiddlewareByMessageType are not used because MiddlewarePolicy inserts their calls at the front of the chain's
/// middleware, ahead of the aggregate's not-found check, which only the endpoint class's own methods are ordered after
/// (their journey argument is relayed from the check): a step on a child with no journey would then be decided and refused
/// with 400 instead of 404.
/// </summary>
public sealed class JourneyRecordingPolicy : IHttpPolicy
{
    public static bool Applies(HttpChain chain) => chain.RequestType?.IsAssignableTo(typeof(IJourneyCommand)) == true;

    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(Applies))
        {
            var validate = new MethodCall(typeof(JourneyRecording), nameof(JourneyRecording.Validate));
            // The request body, bound to the endpoint method's concrete command: Validate takes it by its interface.
            validate.Arguments[0] = chain.Method.Arguments.Single(argument => argument?.VariableType == chain.RequestType);
            // The route's childId; the journey and the clock are found by type when Wolverine writes the handler.
            chain.ApplyParameterMatching(validate);
            chain.Middleware.Add(validate);
            // A ProblemDetails other than WolverineContinue.NoProblems ends the request with it, as for any Validate method.
            if (rules.TryFindContinuationHandler(chain, validate, out var stopOnProblem)) chain.Middleware.Add(stopOnProblem!);
        }
    }
}
