/**
 * The GraphQL playground: GraphiQL 3 (UMD, served from /vendor) over this server's /graphql.
 *
 * - One tab per example operation of GET /examples.json (the first one open), each with its
 *   variables; the "Example" picker in the page header switches to (or reopens) an example.
 * - Requests go to /graphql on this origin, with whatever the Headers editor holds (for example
 *   {"Authorization": "Bearer …"} for mutations). Headers are never written to localStorage:
 *   tabs, headers and the current query live in memory only, and the query history GraphiQL keeps
 *   in localStorage is stored without its headers.
 * - If the schema cannot be fetched (introspection is off by default in production, or the
 *   server wants a token), a banner says so; queries can still be written and run.
 *
 * Plain browser JavaScript (no build step): React.createElement instead of JSX.
 */
(function () {
  'use strict';

  var h = React.createElement;
  /** @graphiql/react (hooks over GraphiQL's state), bundled in the GraphiQL UMD file. */
  var GraphiQLReact = GraphiQL.React;

  var ENDPOINT = '/graphql';
  var EXAMPLES_URL = '/examples.json';
  var STORAGE_PREFIX = 'kg-playground:';
  /** The GraphiQL settings kept across visits; everything else (tabs, headers, query) is per page. */
  var PERSISTED_KEYS = ['theme', 'queries', 'favorites', 'visiblePlugin'];

  var DEFAULT_QUERY = [
    '# Write an operation here and run it with Ctrl-Enter (or the run button).',
    '# Docs (the book icon on the left) lists every type and field; Ctrl-Space completes.',
    '# The example operations are in the other tabs and in the Example picker above.',
    '# Mutations need a token: add {"Authorization": "Bearer <token>"} under Headers.',
    '{',
    '  search(query: "daesh", first: 5) {',
    '    score',
    '    entity { id name entityKind }',
    '  }',
    '}',
    '',
  ].join('\n');

  var bannerEl = document.getElementById('pg-banner');
  var pickerEl = document.getElementById('pg-examples');
  var rootEl = document.getElementById('graphiql');

  // ---- banner ---------------------------------------------------------------------------------

  var banners = {};

  /** Shows (or, with parts null, removes) the message of one source: 'schema' or 'examples'. */
  function setBanner(source, parts, isError) {
    if (parts) banners[source] = { parts: parts, isError: !!isError };
    else delete banners[source];
    bannerEl.textContent = '';
    var sources = Object.keys(banners);
    bannerEl.hidden = sources.length === 0;
    bannerEl.classList.toggle(
      'pg-error',
      sources.some(function (s) {
        return banners[s].isError;
      }),
    );
    sources.forEach(function (s, i) {
      var p = document.createElement('div');
      p.dataset.source = s;
      banners[s].parts.forEach(function (part) {
        if (typeof part === 'string') p.appendChild(document.createTextNode(part));
        else {
          var el = document.createElement(part.tag);
          el.textContent = part.text;
          p.appendChild(el);
        }
      });
      if (i > 0) p.style.marginTop = '4px';
      bannerEl.appendChild(p);
    });
  }

  // ---- storage --------------------------------------------------------------------------------

  /**
   * A Storage for GraphiQL: the settings in PERSISTED_KEYS go to localStorage (under our own
   * prefix), history entries without their headers; every other key (tab state, headers, query,
   * variables) stays in memory, so a reload reopens the examples and no token is ever stored.
   * `initial` pre-fills the in-memory keys (GraphiQL reads the first tab's variables from there).
   */
  function createStorage(initial) {
    var memory = new Map(Object.entries(initial || {}));
    var local = null;
    try {
      local = window.localStorage;
      local.getItem(STORAGE_PREFIX + 'probe');
    } catch (_unavailable) {
      local = null; // private mode or disabled storage: everything stays in memory
    }

    function persisted(key) {
      var name = key.slice(key.lastIndexOf(':') + 1);
      return local !== null && PERSISTED_KEYS.indexOf(name) !== -1;
    }

    function withoutHeaders(key, value) {
      var name = key.slice(key.lastIndexOf(':') + 1);
      if (name !== 'queries' && name !== 'favorites') return value;
      try {
        var parsed = JSON.parse(value);
        (parsed[name] || []).forEach(function (item) {
          delete item.headers;
        });
        return JSON.stringify(parsed);
      } catch (_notJson) {
        return value;
      }
    }

    function ownKeys() {
      var keys = [];
      for (var i = 0; local && i < local.length; i++) {
        var k = local.key(i);
        if (k && k.indexOf(STORAGE_PREFIX) === 0) keys.push(k);
      }
      return keys;
    }

    return {
      getItem: function (key) {
        if (!persisted(key)) return memory.has(key) ? memory.get(key) : null;
        return local.getItem(STORAGE_PREFIX + key);
      },
      setItem: function (key, value) {
        if (!persisted(key)) memory.set(key, String(value));
        else local.setItem(STORAGE_PREFIX + key, withoutHeaders(key, String(value)));
      },
      removeItem: function (key) {
        memory.delete(key);
        if (local) local.removeItem(STORAGE_PREFIX + key);
      },
      get length() {
        return memory.size + ownKeys().length;
      },
      clear: function () {
        memory.clear();
        ownKeys().forEach(function (k) {
          local.removeItem(k);
        });
      },
    };
  }

  // ---- fetcher --------------------------------------------------------------------------------

  function isIntrospection(params) {
    return params.operationName === 'IntrospectionQuery' || /^\s*query\s+IntrospectionQuery\b/.test(params.query || '');
  }

  function firstError(result) {
    var errors = result && Array.isArray(result.errors) ? result.errors : [];
    return errors.length > 0 ? errors[0] : null;
  }

  /** Banner text for a failed introspection, from the server's answer. */
  function reportSchema(result, failure) {
    if (!failure && result && result.data && result.data.__schema) {
      setBanner('schema', null);
      return;
    }
    var error = firstError(result);
    var code = error && error.extensions ? error.extensions.code : undefined;
    var message = failure ? String(failure.message || failure) : error ? error.message : 'no schema in the answer';
    var parts = [{ tag: 'b', text: 'The schema could not be loaded' }, ' (' + message + '). '];
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
      parts.push('This server wants a token: add ', { tag: 'code', text: '{"Authorization": "Bearer <token>"}' }, ' under Headers, then re-fetch the schema (the ↻ button on the left, or Ctrl-Shift-R).');
    } else if (failure) {
      parts.push('The server at ', { tag: 'code', text: ENDPOINT }, ' did not answer; check that it is running, then reload.');
    } else {
      parts.push(
        'Introspection is probably disabled on this server (the default in production; ',
        { tag: 'code', text: 'INTROSPECTION=true' },
        ' enables it). Operations still run, but without docs, autocompletion or validation.',
      );
    }
    setBanner('schema', parts, !!failure);
  }

  /**
   * GraphiQL works out the operation name 100 ms after the query editor changes, so a run right
   * after switching tabs can carry the previous tab's operation name ("Unknown operation named
   * …"). When the name is not in the document and the document has a single operation, use that.
   */
  function checkOperationName(params) {
    if (!params.operationName || !GraphiQL.GraphQL || typeof GraphiQL.GraphQL.parse !== 'function') return params;
    var names;
    try {
      names = GraphiQL.GraphQL.parse(params.query)
        .definitions.filter(function (d) {
          return d.kind === 'OperationDefinition';
        })
        .map(function (d) {
          return d.name ? d.name.value : undefined;
        });
    } catch (_syntaxError) {
      return params; // the server will say what is wrong
    }
    if (names.length !== 1 || names[0] === params.operationName) return params;
    return Object.assign({}, params, { operationName: names[0] });
  }

  /** Posts the operation to /graphql as JSON with the Headers editor's headers; any answer is shown. */
  async function fetcher(params, options) {
    params = checkOperationName(params);
    var headers = Object.assign({ 'content-type': 'application/json', accept: 'application/json' }, (options && options.headers) || {});
    var introspection = isIntrospection(params);
    var response;
    try {
      response = await fetch(ENDPOINT, { method: 'POST', headers: headers, body: JSON.stringify(params), credentials: 'same-origin' });
    } catch (failure) {
      if (introspection) reportSchema(null, failure);
      throw new Error('Could not reach ' + ENDPOINT + ': ' + (failure && failure.message ? failure.message : failure));
    }
    var text = await response.text();
    var result;
    try {
      result = JSON.parse(text);
    } catch (_notJson) {
      // Not a GraphQL answer (a proxy's error page, say): show the status and the start of the body.
      result = { errors: [{ message: 'HTTP ' + response.status + ' ' + response.statusText + ': ' + text.slice(0, 500) }] };
    }
    if (introspection) reportSchema(result, null);
    return result;
  }

  // ---- examples -------------------------------------------------------------------------------

  async function loadExamples() {
    try {
      var response = await fetch(EXAMPLES_URL, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      var examples = await response.json();
      if (!Array.isArray(examples)) throw new Error('not a list');
      return examples.filter(function (e) {
        return e && typeof e.query === 'string';
      });
    } catch (error) {
      setBanner('examples', [{ tag: 'b', text: 'The example operations could not be loaded' }, ' from ', { tag: 'code', text: EXAMPLES_URL }, ' (' + error.message + '). You can still write your own.'], true);
      return [];
    }
  }

  function shortTitle(example) {
    var title = String(example.title || example.name || 'Example').replace(/\s+/g, ' ').trim();
    return title.length > 70 ? title.slice(0, 68).trimEnd() + '…' : title;
  }

  function fillPicker(examples) {
    pickerEl.textContent = '';
    if (examples.length === 0) {
      pickerEl.appendChild(new Option('No examples', ''));
      pickerEl.disabled = true;
      return;
    }
    var other = new Option('(another tab)', '');
    other.disabled = true;
    other.hidden = true;
    pickerEl.appendChild(other);
    examples.forEach(function (example, i) {
      var option = new Option(shortTitle(example), String(i));
      option.title = example.title || '';
      option.dataset.name = example.name || '';
      pickerEl.appendChild(option);
    });
    pickerEl.value = '0';
    pickerEl.disabled = false;
  }

  /**
   * Renders nothing; lives inside GraphiQL (so it can use its editor state) and ties the header's
   * <select> to the tabs: choosing an example switches to its tab, or reopens it if it was closed;
   * switching tabs updates the <select>.
   */
  function ExamplePicker(props) {
    var examples = props.examples;
    var editor = GraphiQLReact.useEditorContext({ nonNull: true });
    var latest = React.useRef(editor);
    latest.current = editor;
    // The tab of each example: the default tabs are created in the examples' order.
    var tabIds = React.useRef(null);
    if (tabIds.current === null) {
      tabIds.current = examples.map(function (_e, i) {
        return editor.tabs[i] ? editor.tabs[i].id : null;
      });
    }
    var pending = React.useRef(null);

    React.useEffect(
      function () {
        function onChange() {
          var index = Number(pickerEl.value);
          if (pickerEl.value === '' || !examples[index]) return;
          var current = latest.current;
          var at = current.tabs.findIndex(function (tab) {
            return tab.id === tabIds.current[index];
          });
          if (at >= 0) current.changeTab(at);
          else {
            pending.current = index;
            current.addTab();
          }
        }
        pickerEl.addEventListener('change', onChange);
        return function () {
          pickerEl.removeEventListener('change', onChange);
        };
      },
      [examples],
    );

    var activeTab = editor.tabs[editor.activeTabIndex];
    var activeId = activeTab ? activeTab.id : null;
    React.useEffect(
      function () {
        var current = latest.current;
        if (pending.current !== null && activeId && current.queryEditor && current.variableEditor) {
          // A reopened example: addTab() made a blank tab; fill it in.
          var example = examples[pending.current];
          tabIds.current[pending.current] = activeId;
          pending.current = null;
          current.queryEditor.setValue(example.query);
          current.variableEditor.setValue(example.variables || '');
          if (current.responseEditor) current.responseEditor.setValue('');
        }
        var index = tabIds.current.indexOf(activeId);
        pickerEl.value = index >= 0 ? String(index) : '';
        // With many tabs the bar scrolls: keep the open one in sight.
        var tab = document.querySelector('.graphiql-tab-active');
        if (tab) tab.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      },
      [activeId],
    );
    return null;
  }

  // ---- start ----------------------------------------------------------------------------------

  async function start() {
    var examples = await loadExamples();
    fillPicker(examples);
    var tabs = examples.map(function (example) {
      return { query: example.query, variables: example.variables || '' };
    });
    if (tabs.length === 0) tabs = [{ query: DEFAULT_QUERY, variables: '' }];
    // GraphiQL takes the first tab's editor contents from storage, not from defaultTabs.
    var storage = createStorage({ 'graphiql:query': tabs[0].query, 'graphiql:variables': tabs[0].variables });

    var root = ReactDOM.createRoot(rootEl);
    root.render(
      h(GraphiQL, {
        fetcher: fetcher,
        defaultTabs: tabs,
        defaultQuery: DEFAULT_QUERY,
        storage: storage,
        shouldPersistHeaders: false,
        showPersistHeadersSettings: false,
        isHeadersEditorEnabled: true,
        defaultEditorToolsVisibility: 'variables',
        toolbar: { additionalContent: h(ExamplePicker, { examples: examples }) },
      }),
    );
  }

  start().catch(function (error) {
    rootEl.textContent = '';
    setBanner('start', [{ tag: 'b', text: 'The playground failed to start' }, ': ' + (error && error.message ? error.message : error)], true);
    console.error(error);
  });
})();
