using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Journey.Domain.Journeys;

namespace Journey.Projections;

/// <summary>
/// JSON for journey events wherever they are written: corrections and withdrawals carry other
/// events typed as <see cref="IJourneyEvent"/>, written with a "$type" naming the event.
/// </summary>
public static class JourneyJson
{
    public static void AddEventPolymorphism(JsonSerializerOptions options)
    {
        options.AllowOutOfOrderMetadataProperties = true;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(info =>
        {
            if (info.Type != typeof(IJourneyEvent)) return;
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "$type",
                UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach (var type in JourneyEventTypes.All)
                info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, type.Name));
        });
    }
}
