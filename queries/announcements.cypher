// title: Announcements and events
// description: >
//   Events (polls, restructurings, release events...) and who announced them, in date
//   order; give an actor to see only what it announced.
// tags: [events, timeline]
// params:
//   - {name: actor, type: string, description: "Only events announced by this entity id", example: "person:sam-altman", default: null}
MATCH (actor:Entity)-[r:ANNOUNCED]->(e:Event)
WHERE $actor IS NULL OR actor.id = $actor
RETURN r.first_seen AS date,
       actor.id AS actor,
       actor.name AS actor_name,
       e.id AS event,
       e.name AS event_name,
       r.claims AS claims
ORDER BY date, actor_name, event_name
