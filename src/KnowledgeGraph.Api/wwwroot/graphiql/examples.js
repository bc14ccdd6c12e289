// Example queries shown as GraphiQL tabs. Each answers an investigator's question on the sample data;
// tests run the same file's queries against the API, so they stay valid.
window.KnowledgeGraphExamples = [
  {
    name: 'CossioDenials',
    query: `# What did Fernández de Cossío deny, and who reported it?
query CossioDenials {
  entity(name: "Fernández de Cossío") {
    name
    role
    denied(first: 20) {
      totalCount
      nodes {
        claim {
          text
          reportedBy(first: 5) {
            nodes {
              __typename
              ... on Article { title publisher publishedAt }
              ... on Entity { name }
            }
          }
        }
        evidence
        date
        reportedBy { name }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`,
  },
  {
    name: 'SaidAndDenied',
    query: `# Which claims are both said and denied, and by whom?
query SaidAndDenied {
  contestedClaims(first: 10, orderBy: CORROBORATION) {
    totalCount
    nodes {
      text
      corroboration
      saidBy { totalCount nodes { name } }
      deniedBy { totalCount nodes { name } }
    }
  }
}
`,
  },
  {
    name: 'WhoCommentedOnGaesa',
    query: `# Who has commented on GAESA, and in which outlets?
query WhoCommentedOnGaesa {
  entity(name: "GAESA") {
    name
    role
    memberships { relation role person { name } }
    claimsAbout { nodes { text saidBy { nodes { name } } } }
    mentionedIn(first: 10) {
      totalCount
      nodes {
        title
        publisher
        publishedAt
        statements(first: 20) { nodes { stance speaker { name } claim { text } } }
      }
    }
  }
}
`,
  },
  {
    name: 'CastroEspinToCia',
    query: `# How is Alejandro Castro Espín connected to the CIA?
query CastroEspinToCia {
  path(from: "Alejandro Castro Espín", to: "CIA", maxHops: 4) {
    length
    nodes { id label name }
    edges { type source target }
  }
}
`,
  },
  {
    name: 'CubanOfficialsFeb1to5',
    query: `# What did Cuban officials say between 1 and 5 February?
query CubanOfficialsFeb1to5 {
  timeline(speakerCountry: "Cuba", from: "2026-02-01", to: "2026-02-05", first: 50) {
    date
    stance
    speaker { name role }
    claim { text }
    article { title publisher }
  }
  stats(from: "2026-02-01", to: "2026-02-05") {
    byStance { key count }
    bySpeaker(first: 10) { label count }
  }
}
`,
  },
];
