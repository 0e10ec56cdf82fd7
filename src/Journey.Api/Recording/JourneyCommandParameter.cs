using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration.Model;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Journey.Api.Recording;

/// <summary>
/// Gives a parameter typed <see cref="IJourneyCommand"/> the request's body: the command its endpoint method names. A
/// capability's endpoint class has one Validate for all its steps (Wolverine runs a class's Validate before each of
/// its endpoints), and that Validate takes the command by the interface every step's command implements. Wolverine
/// binds a body only to a concrete type, so without this it would look for an IJourneyCommand among the services.
/// Registered with Wolverine's own extension point for parameters (AddParameterHandlingStrategy, decision 112).
/// </summary>
public sealed class JourneyCommandParameter : IParameterStrategy
{
    public bool TryMatch(HttpChain chain, IServiceContainer container, ParameterInfo parameter, out Variable? variable)
    {
        variable = parameter.ParameterType == typeof(IJourneyCommand) && chain.RequestType?.IsAssignableTo(typeof(IJourneyCommand)) == true
            ? chain.Method.Arguments.FirstOrDefault(argument => argument?.VariableType == chain.RequestType)
            : null;
        return variable is not null;
    }
}
