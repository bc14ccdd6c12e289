using System.Text.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

internal sealed partial class UpsertBatch
{
    private SqliteCommand _selectEntity = null!;
    private SqliteCommand _insertEntity = null!;
    private SqliteCommand _updateEntity = null!;
    private MultiRowInsert _insertName = null!;
    private SqliteCommand _entityFtsInsert = null!;
    private SqliteCommand _entityFtsDelete = null!;
    private MultiRowInsert _membership = null!;

    private void PrepareEntityCommands()
    {
        // No RETURNING: through Microsoft.Data.Sqlite it costs a data reader per row, over ten times a plain insert.
        _selectEntity = Prepared("SELECT kind, name, aliases, role, country, stub FROM entity WHERE id = $1", 1);
        _insertEntity = Prepared(
            "INSERT INTO entity(id, kind, name, aliases, alias_text, folded_name, folded, role, country, stub) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", 10);
        _updateEntity = Prepared(
            "UPDATE entity SET kind = $2, name = $3, aliases = $4, alias_text = $5, folded_name = $6, folded = $7, role = $8, country = $9, stub = $10 WHERE id = $1", 10);
        _insertName = Rows("INSERT OR IGNORE INTO entity_name(folded, entity_id)", 2);
        _entityFtsInsert = Prepared("INSERT INTO entity_fts(rowid, name, alias_text) SELECT n, name, alias_text FROM entity WHERE id = $1", 1);
        // An external-content index forgets a row only when told the values it indexed: the stored ones, read before the update.
        _entityFtsDelete = Prepared("INSERT INTO entity_fts(entity_fts, rowid, name, alias_text) SELECT 'delete', n, name, alias_text FROM entity WHERE id = $1", 1);
        _membership = Rows(
            "INSERT INTO membership(person_id, relation, institution_id, role)", 4, "ON CONFLICT DO UPDATE SET role = coalesce(membership.role, excluded.role)");
    }

    private void MergeEntity(ExtractedEntity entity, string where)
    {
        if (string.IsNullOrWhiteSpace(entity.Id) || string.IsNullOrWhiteSpace(entity.Name))
        {
            throw new ArgumentException($"{where}: an entity has no id or no name (id '{entity.Id}').");
        }

        var state = Load(entity.Id);
        if (state is null)
        {
            state = new EntityState(entity.Id, entity.Kind, entity.Name.Trim(), entity.Role, entity.Country, stub: false);
            state.AddAliases(entity.Aliases ?? []);
            Insert(state);
        }
        else
        {
            var kind = state.Kind;
            if (state.Merge(entity))
            {
                Update(state);
            }

            if (state.Kind != kind)
            {
                // A stub takes the kind of its first declaration.
                CountKind(kind, -1);
                CountKind(state.Kind, 1);
            }
        }

        foreach (var membership in entity.Memberships ?? [])
        {
            if (membership.Relation is not (Membership.MemberOf or Membership.Leads))
            {
                throw new ArgumentException($"{where}: entity {entity.Id} has a membership of kind '{membership.Relation}'; expected MEMBER_OF or LEADS.");
            }

            // Written once per batch, and again only to fill a role the first mention lacked.
            var key = (entity.Id, membership.Relation, membership.InstitutionId);
            var seen = _membershipHasRole.TryGetValue(key, out var hasRole);
            if (!seen || (!hasRole && membership.Role is not null))
            {
                _membershipHasRole[key] = membership.Role is not null;
                Reference(membership.InstitutionId, $"{where}, membership of {entity.Id}");
                _membership.Add(entity.Id, membership.Relation, membership.InstitutionId, membership.Role);
            }
        }
    }

    /// <summary>True when the batch already holds the entity (stored or new): a reference to it needs nothing more.</summary>
    private bool Known(string? id) => id is not null && _entities.ContainsKey(id);

    /// <summary>Makes sure a referenced entity exists; an undeclared one is stored as a stub named after its id.</summary>
    private void Reference(string? id, string where, string? name = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"{where}: an entity reference is empty.");
        }

        if (Load(id) is not null)
        {
            return;
        }

        var prefix = id.Split(':', 2)[0];
        EntityKind? kind = prefix switch
        {
            "person" => EntityKind.Person,
            "institution" => EntityKind.Institution,
            "place" => EntityKind.Place,
            _ => null,
        };
        if (kind is null || id.Length <= prefix.Length + 1)
        {
            throw new ArgumentException(
                $"{where}: '{id}' is neither among the entities nor an id that names its kind (person:…, institution:…, place:…).");
        }

        var fallbackName = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id[(prefix.Length + 1)..].Replace('-', ' '));
        Insert(new EntityState(id, kind.Value, name ?? fallbackName, null, null, stub: name is null));
    }

    private EntityState? Load(string id)
    {
        if (_entities.TryGetValue(id, out var cached))
        {
            return cached;
        }

        if (!_entitiesStored)
        {
            return null; // a new store: every entity the batch has not written yet is new
        }

        Bind(_selectEntity, [id]);
        using var reader = _selectEntity.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var state = new EntityState(
            id, Enum.Parse<EntityKind>(reader.GetString(0)), reader.GetString(1), SqliteRows.NullableString(reader, 3), SqliteRows.NullableString(reader, 4), reader.GetInt64(5) != 0);
        state.AddAliases(JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? []);
        _entities[id] = state;
        return state;
    }

    private void Insert(EntityState state)
    {
        Run(_insertEntity, Values(state));
        _entities[state.Id] = state;
        _newEntities++;
        CountKind(state.Kind, 1);
        AddNames(state);
        if (!_bulk)
        {
            Run(_entityFtsInsert, state.Id);
        }
    }

    private void Update(EntityState state)
    {
        if (!_bulk)
        {
            Run(_entityFtsDelete, state.Id);
        }

        Run(_updateEntity, Values(state));
        AddNames(state);
        if (!_bulk)
        {
            Run(_entityFtsInsert, state.Id);
        }
    }

    private void AddNames(EntityState state)
    {
        foreach (var name in state.Aliases.Prepend(state.Name))
        {
            var folded = TextFold.Key(name);
            if (folded.Length > 0)
            {
                _insertName.Add(folded, state.Id);
            }
        }
    }

    private static object?[] Values(EntityState state) =>
    [
        state.Id, state.Kind.ToString(), state.Name, JsonSerializer.Serialize(state.Aliases), state.AliasText,
        TextFold.Key(state.Name), string.Join(SqliteSchema.NameSeparator, state.Aliases.Prepend(state.Name).Select(TextFold.Key)),
        state.Role, state.Country, state.Stub ? 1 : 0,
    ];
}
