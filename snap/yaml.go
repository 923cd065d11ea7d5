// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/internal/yamlpos"
)

// Limits on what snap.yaml may ask of the parser, so that a hostile one
// costs time and memory bounded by its size. README.md lists them all.
const (
	// MaxSnapYamlSize is the largest snap.yaml (or snapcraft.yaml)
	// read: 1 MiB, twenty times the largest real one we know (47 KB).
	// yaml.v2 builds its own tree of the whole document before any
	// check of ours, at up to 230 bytes a byte for the densest input.
	MaxSnapYamlSize = 1 << 20
	// MaxSnapYamlValues is the most values (each key, item, scalar,
	// list and map) a snap.yaml may hold once its aliases are expanded:
	// yaml.v2 lets aliases expand a document a hundredfold (a 4 KB
	// "billion laughs" to 400,000 values, refused only past that), and
	// everything after decoding walks the expanded values. The largest
	// real snap.yaml we know holds about 4,000.
	MaxSnapYamlValues = 100_000
	// MaxImplicitBindings is the most bindings that top-level plugs and
	// slots listed by no app or hook may make, each being bound to every
	// app and hook: that is a product, which a snap.yaml of 3,000 such
	// plugs and 3,000 apps (52 KB) made cost 50 s and 1.1 GB. Real snaps
	// make a few hundred.
	MaxImplicitBindings = 1 << 16
)

// YamlError is an error in snap metadata, with its position when known.
type YamlError struct {
	// Path is the file the metadata came from, "" when it did not
	// come from a file.
	Path string
	// Line is the 1-based line of the offending key, 0 when unknown.
	Line int
	// Err says what is wrong, without position.
	Err error
}

// Error renders the error as "PATH:LINE: msg", "PATH: msg",
// "line LINE: msg" or "msg", depending on what is known.
func (e *YamlError) Error() string {
	switch {
	case e.Path != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	case e.Path != "":
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the error without its position.
func (e *YamlError) Unwrap() error { return e.Err }

// ReadInfo reads and validates the snap.yaml or snapcraft.yaml at path.
// Every error starts with "PATH:LINE: ", or "PATH: " when the line is not
// known.
func ReadInfo(path string) (*Info, error) {
	data, err := readLimited(path, MaxSnapYamlSize)
	if err != nil {
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			err = pathErr.Err // the path is in the prefix already
		}
		return nil, &YamlError{Path: path, Err: fmt.Errorf("cannot read file: %w", err)}
	}
	info, err := InfoFromSnapYaml(data)
	if err != nil {
		var yerr *YamlError
		if errors.As(err, &yerr) {
			return nil, &YamlError{Path: path, Line: yerr.Line, Err: yerr.Err}
		}
		return nil, &YamlError{Path: path, Err: err}
	}
	return info, nil
}

// readLimited reads the file at path, or its first limit+1 bytes when it
// is larger, which is enough to refuse it.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// InfoFromSnapYaml parses and validates snap.yaml (or snapcraft.yaml)
// data. Errors are *YamlError; see the package documentation for the
// rules it applies.
func InfoFromSnapYaml(data []byte) (*Info, error) {
	root, err := decode(data)
	if err != nil {
		return nil, err
	}
	p := &parser{src: data}
	info, err := p.parse(root)
	if err != nil {
		return nil, err
	}
	// The parser checks all of this on the way, with positions; this
	// is the net under it.
	if err := Validate(info); err != nil {
		return nil, &YamlError{Err: err}
	}
	return info, nil
}

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): `)

// decode parses data into a tree of nodes; a nil root is an empty
// document.
func decode(data []byte) (root *node, err error) {
	if len(data) > MaxSnapYamlSize {
		return nil, &YamlError{Err: fmt.Errorf("cannot parse snap.yaml: larger than %d bytes", MaxSnapYamlSize)}
	}
	if line, tooMany := scanText(data, MaxTextDepth, MaxSnapYamlValues); tooMany {
		return nil, &YamlError{Line: line, Err: fmt.Errorf("cannot parse snap.yaml: more than %d values", MaxSnapYamlValues)}
	} else if line > 0 {
		return nil, &YamlError{Line: line, Err: fmt.Errorf("cannot parse snap.yaml: lists and maps nest more than %d deep", MaxTextDepth)}
	}
	if err := yaml.Unmarshal(data, &root); err != nil {
		msg := err.Error()
		line := 0
		if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = msg[len(m[0]):]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		return nil, &YamlError{Line: line, Err: fmt.Errorf("cannot parse snap.yaml: %s", msg)}
	}
	if root.count(MaxSnapYamlValues) > MaxSnapYamlValues {
		return nil, &YamlError{Err: fmt.Errorf("cannot parse snap.yaml: more than %d values once aliases are expanded", MaxSnapYamlValues)}
	}
	return root, nil
}

// count returns the number of values in the tree under n, n, keys and
// nulls included, stopping as soon as it passes limit.
func (n *node) count(limit int) int {
	total := 1
	if n == nil {
		return total
	}
	for _, item := range n.seq {
		if total += item.count(limit - total); total > limit {
			return total
		}
	}
	for _, v := range n.m {
		if total += 1 + v.count(limit-total-1); total > limit {
			return total
		}
	}
	return total
}

// node is a decoded YAML value that remembers both how scalars were
// written and what they resolve to: names must keep their text ("yes",
// "1.10"), while attributes keep their YAML types. A nil *node is null.
type node struct {
	kind  nodeKind
	value interface{} // a scalar's resolved value: string, bool, int, ...
	text  string      // a scalar as written, unquoted
	seq   []*node
	m     map[mapKey]*node
}

type nodeKind int

const (
	scalarNode nodeKind = iota + 1
	seqNode
	mapNode
)

// mapKey is a scalar mapping key. Keys that are the same text but
// different values (1 and "1") are different keys, as in YAML.
type mapKey struct {
	text  string
	value interface{}
}

// UnmarshalYAML tries the node as a scalar, then as a mapping or a
// sequence: scalars, the most common, take no failed try, and a failed
// try stops at the node without looking inside it. The type error of
// the first try names the kind of node ("cannot unmarshal !!seq into
// string"), which is tried next: a hint only, the other kind is tried
// too when it is wrong. yaml.v2 does not call it for null values, which
// stay nil. A type error only says the node is not of the kind tried;
// any other error comes from deeper down and ends the decoding.
func (n *node) UnmarshalYAML(unmarshal func(interface{}) error) error {
	var text string
	err := unmarshal(&text)
	if err == nil {
		var v interface{}
		if err := unmarshal(&v); err != nil {
			return err
		}
		n.kind, n.value, n.text = scalarNode, v, text
		return nil
	}
	typeErr, ok := err.(*yaml.TypeError)
	if !ok {
		return err
	}
	tries := [2]func(func(interface{}) error) error{n.unmarshalMap, n.unmarshalSeq}
	if len(typeErr.Errors) == 1 && strings.Contains(typeErr.Errors[0], " !!seq ") {
		tries[0], tries[1] = tries[1], tries[0]
	}
	for _, try := range tries {
		if err = try(unmarshal); !isTypeError(err) {
			return err
		}
	}
	return err
}

func (n *node) unmarshalMap(unmarshal func(interface{}) error) error {
	var m map[mapKey]*node
	if err := unmarshal(&m); err != nil {
		return err
	}
	n.kind, n.m = mapNode, m
	return nil
}

func (n *node) unmarshalSeq(unmarshal func(interface{}) error) error {
	var seq []*node
	if err := unmarshal(&seq); err != nil {
		return err
	}
	n.kind, n.seq = seqNode, seq
	return nil
}

// isTypeError says whether err is the *yaml.TypeError that unmarshal
// returns as it is for a node of another kind than the one tried.
func isTypeError(err error) bool {
	_, ok := err.(*yaml.TypeError)
	return ok
}

// UnmarshalYAML accepts scalar keys only: only they decode into a
// string.
func (k *mapKey) UnmarshalYAML(unmarshal func(interface{}) error) error {
	if err := unmarshal(&k.text); err != nil {
		return errors.New("mapping keys must be scalars")
	}
	return unmarshal(&k.value)
}

// get returns the value of the string key k of a mapping node, and
// whether it is there.
func (n *node) get(k string) (*node, bool) {
	if n == nil || n.kind != mapNode {
		return nil, false
	}
	v, ok := n.m[mapKey{text: k, value: k}]
	return v, ok
}

// entry is one key and value of a mapping node.
type entry struct {
	key   mapKey
	value *node
}

// entries returns the entries of a mapping node ordered by key, so that
// the first error found is always the same one.
func (n *node) entries() []entry {
	es := make([]entry, 0, len(n.m))
	for k, v := range n.m {
		es = append(es, entry{k, v})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].key.text != es[j].key.text {
			return es[i].key.text < es[j].key.text
		}
		return fmt.Sprint(es[i].key.value) < fmt.Sprint(es[j].key.value)
	})
	return es
}

// keyPath is the list of keys leading to a value, as yamlpos takes it.
// Each step copies it, which is cheap for the few levels snap.yaml's
// own keys have; attribute values, which nest deeper, keep an attrPath.
type keyPath []string

func (p keyPath) to(elems ...string) keyPath {
	return append(append(keyPath(nil), p...), elems...)
}

func (p keyPath) item(i int) keyPath {
	return p.to(strconv.Itoa(i))
}

// parser turns decoded snap.yaml into Info, reporting errors with the
// line of the key at fault.
type parser struct {
	src []byte
}

func (p *parser) errorf(at keyPath, format string, args ...interface{}) error {
	return &YamlError{Line: yamlpos.Line(p.src, at...), Err: fmt.Errorf(format, args...)}
}

// nullSpellings are the ways YAML writes a null key.
var nullSpellings = []string{"~", "null", "Null", "NULL"}

// keyErrorf reports an error about key k of the mapping at at, trying
// each spelling of null for a null key, whose text is lost.
func (p *parser) keyErrorf(at keyPath, k mapKey, format string, args ...interface{}) error {
	err := p.errorf(at.to(k.text), format, args...)
	if k.value != nil {
		return err
	}
	yerr := err.(*YamlError)
	for _, spelling := range nullSpellings {
		if yerr.Line = yamlpos.Line(p.src, at.to(spelling)...); yerr.Line > 0 {
			break
		}
	}
	return yerr
}

// showKey renders a mapping key for messages: quoted, or ~ for null.
func showKey(k mapKey) string {
	if k.value == nil {
		return "~"
	}
	return strconv.Quote(k.text)
}

// str returns the text of a scalar; null and absent give "".
func (p *parser) str(n *node, at keyPath, what string) (string, error) {
	if n == nil {
		return "", nil
	}
	if n.kind != scalarNode {
		return "", p.errorf(at, "%s must be a string", what)
	}
	return n.text, nil
}

// names returns the names in a list of names, or one name when single
// is allowed; null and absent give none.
func (p *parser) names(n *node, at keyPath, what string, single bool) ([]string, error) {
	if n == nil {
		return nil, nil
	}
	if n.kind == scalarNode && single {
		return []string{n.text}, nil
	}
	if n.kind != seqNode {
		if single {
			return nil, p.errorf(at, "%s must be a name or a list of names", what)
		}
		return nil, p.errorf(at, "%s must be a list of names", what)
	}
	list := make([]string, len(n.seq))
	for i, item := range n.seq {
		if item == nil || item.kind != scalarNode {
			return nil, p.errorf(at.item(i), "%s must be a list of names", what)
		}
		list[i] = item.text
	}
	return list, nil
}

// mapping returns the entries of a mapping; null and absent give none.
func (p *parser) mapping(n *node, at keyPath, what string) ([]entry, error) {
	if n == nil {
		return nil, nil
	}
	if n.kind != mapNode {
		return nil, p.errorf(at, "%s must be a map", what)
	}
	return n.entries(), nil
}

func (p *parser) parse(root *node) (*Info, error) {
	if root != nil && root.kind != mapNode {
		return nil, &YamlError{Err: errors.New("cannot parse snap.yaml: top level must be a map")}
	}
	info := &Info{
		Type:        TypeApp,
		Confinement: StrictConfinement,
		Apps:        map[string]*AppInfo{},
		Hooks:       map[string]*HookInfo{},
		Plugs:       map[string]*PlugInfo{},
		Slots:       map[string]*SlotInfo{},
	}
	var err error
	field := func(key string) (string, error) {
		v, _ := root.get(key)
		return p.str(v, keyPath{key}, strconv.Quote(key))
	}

	if info.SuggestedName, err = field("name"); err != nil {
		return nil, err
	}
	if info.SuggestedName == "" {
		return nil, p.errorf(keyPath{"name"}, "missing snap name")
	}
	if err := ValidateName(info.SuggestedName); err != nil {
		return nil, p.errorf(keyPath{"name"}, "%w", err)
	}
	// A version written as a number keeps its text: 1.10 stays "1.10".
	if info.Version, err = field("version"); err != nil {
		return nil, err
	}
	if info.Summary, err = field("summary"); err != nil {
		return nil, err
	}
	typ, err := field("type")
	if err != nil {
		return nil, err
	}
	if typ != "" {
		info.Type = Type(typ)
		if err := validateType(info.Type); err != nil {
			return nil, p.errorf(keyPath{"type"}, "%w", err)
		}
	}
	if info.Base, err = field("base"); err != nil {
		return nil, err
	}
	if info.Base != "" && ValidateName(info.Base) != nil {
		return nil, p.errorf(keyPath{"base"}, "invalid base snap name: %q", info.Base)
	}
	confinement, err := field("confinement")
	if err != nil {
		return nil, err
	}
	if confinement != "" {
		info.Confinement = ConfinementType(confinement)
		if err := validateConfinement(info.Confinement); err != nil {
			return nil, p.errorf(keyPath{"confinement"}, "%w", err)
		}
	}
	if info.Architectures, err = p.architectures(root); err != nil {
		return nil, err
	}

	b := &binder{parser: p, info: info, declaredPlugs: map[string]bool{}, declaredSlots: map[string]bool{}}
	if err := b.declare(root); err != nil {
		return nil, err
	}
	if err := b.apps(root); err != nil {
		return nil, err
	}
	if err := b.hooks(root); err != nil {
		return nil, err
	}
	if err := b.bindUnlisted(); err != nil {
		return nil, err
	}
	return info, nil
}

// architectures reads either form of the "architectures" key snapcraft
// accepts, a list of names or a list of build-on/build-for (or older
// run-on) entries, falling back to the "platforms" map of newer
// snapcraft. The snap runs on the build-for architectures of an entry,
// or on its build-on ones when it has none. Names are kept as written:
// templates use placeholders such as "%ARCH%".
func (p *parser) architectures(root *node) ([]string, error) {
	var archs []string
	seen := map[string]bool{}
	add := func(names []string, at keyPath) error {
		for _, name := range names {
			if name == "" {
				return p.errorf(at, "invalid architecture name: %q", name)
			}
			if !seen[name] {
				seen[name] = true
				archs = append(archs, name)
			}
		}
		return nil
	}

	if list, ok := root.get("architectures"); ok && list != nil {
		at := keyPath{"architectures"}
		if list.kind != seqNode {
			return nil, p.errorf(at, `"architectures" must be a list`)
		}
		for i, item := range list.seq {
			at := at.item(i)
			if item != nil && item.kind == scalarNode {
				if err := add([]string{item.text}, at); err != nil {
					return nil, err
				}
				continue
			}
			if item == nil || item.kind != mapNode {
				return nil, p.errorf(at, "entry %d of \"architectures\" must be an architecture name or a map", i+1)
			}
			// Check every key, then use the first that names some.
			var chosen []string
			for _, key := range []string{"build-for", "run-on", "build-on"} {
				what := fmt.Sprintf("%q in entry %d of \"architectures\"", key, i+1)
				names, err := p.names(nodeOf(item, key), at.to(key), what, true)
				if err != nil {
					return nil, err
				}
				if chosen == nil && len(names) > 0 {
					chosen = names
					if err := add(names, at.to(key)); err != nil {
						return nil, err
					}
				}
			}
			if chosen == nil {
				return nil, p.errorf(at, "entry %d of \"architectures\" has no \"build-on\" or \"build-for\"", i+1)
			}
		}
		return archs, nil
	}

	platforms, err := p.mapping(nodeOf(root, "platforms"), keyPath{"platforms"}, `"platforms"`)
	if err != nil {
		return nil, err
	}
	for _, e := range platforms {
		at := keyPath{"platforms", e.key.text}
		if e.value == nil {
			// The short form: the platform is named after the
			// architecture it builds for.
			if err := add([]string{e.key.text}, at); err != nil {
				return nil, err
			}
			continue
		}
		if e.value.kind != mapNode {
			return nil, p.errorf(at, "platform %q must be a map", e.key.text)
		}
		v, _ := e.value.get("build-for")
		what := fmt.Sprintf("\"build-for\" of platform %q", e.key.text)
		names, err := p.names(v, at.to("build-for"), what, true)
		if err != nil {
			return nil, err
		}
		if len(names) == 0 {
			names = []string{e.key.text}
		} else {
			at = at.to("build-for")
		}
		if err := add(names, at); err != nil {
			return nil, err
		}
	}
	return archs, nil
}

func nodeOf(n *node, key string) *node {
	v, _ := n.get(key)
	return v
}

// binder builds the plugs and slots of a snap and binds them to its apps
// and hooks.
type binder struct {
	*parser
	info *Info
	// declared* record the plugs and slots declared at the top level,
	// as opposed to those named only in an app or hook.
	declaredPlugs map[string]bool
	declaredSlots map[string]bool
}

// declare reads the top-level "plugs" and "slots" maps.
func (b *binder) declare(root *node) error {
	for _, kind := range []string{"plug", "slot"} {
		key := kind + "s"
		decls, err := b.mapping(nodeOf(root, key), keyPath{key}, strconv.Quote(key))
		if err != nil {
			return err
		}
		for _, e := range decls {
			name := e.key.text
			at := keyPath{key, name}
			if !validIfaceName(name) {
				return b.errorf(at, "invalid %s name: %q", kind, name)
			}
			iface, attrs, err := b.declaration(kind, name, e.value, at)
			if err != nil {
				return err
			}
			if kind == "plug" {
				b.info.Plugs[name] = b.newPlug(name, iface, attrs)
				b.declaredPlugs[name] = true
			} else {
				if b.declaredPlugs[name] {
					return b.errorf(at, "cannot have plug and slot with the same name: %q", name)
				}
				b.info.Slots[name] = b.newSlot(name, iface, attrs)
				b.declaredSlots[name] = true
			}
		}
	}
	return nil
}

// declaration reads what a plug or slot is declared as: nothing (the
// interface of the same name), an interface name, or a map of attributes
// where "interface" names the interface (by default the plug or slot
// name).
func (b *binder) declaration(kind, name string, n *node, at keyPath) (iface string, attrs map[string]interface{}, err error) {
	where := fmt.Sprintf("%s %q", kind, name)
	iface, attrs = name, map[string]interface{}{}
	switch {
	case n == nil:
	case n.kind == scalarNode:
		iface = n.text
	case n.kind == mapNode:
		for _, e := range n.entries() {
			attr := e.key.text
			if _, ok := e.key.value.(string); !ok {
				return "", nil, b.keyErrorf(at, e.key, "attribute name %s of %s must be a string", showKey(e.key), where)
			}
			at := at.to(attr)
			if attr == "interface" {
				if e.value == nil {
					continue // the default, said out loud
				}
				if e.value.kind != scalarNode {
					return "", nil, b.errorf(at, "\"interface\" of %s must be a string", where)
				}
				iface = e.value.text
				continue
			}
			if err := validateAttrName(attr, where); err != nil {
				return "", nil, b.errorf(at, "%w", err)
			}
			r := &attrReader{binder: b, at: at[:len(at)-1], where: where, path: attrPath{{key: attr, index: -1}}}
			if attrs[attr], err = r.value(e.value); err != nil {
				return "", nil, err
			}
		}
	default:
		return "", nil, b.errorf(at, "%s must be an interface name or a map of attributes", where)
	}
	if !validIfaceName(iface) {
		ifaceAt := at
		if n != nil && n.kind == mapNode {
			ifaceAt = at.to("interface")
		}
		return "", nil, b.errorf(ifaceAt, "invalid interface name %q for %s", iface, where)
	}
	return iface, attrs, nil
}

// attrReader normalises the value of one attribute of a plug or slot,
// keeping the path to the value it is at for errors.
type attrReader struct {
	*binder
	at    keyPath // the plug or slot in the source
	where string  // the plug or slot in messages
	path  attrPath
}

// errorf reports an error about the value at r.path: "attribute PATH
// of WHERE " and the message.
func (r *attrReader) errorf(format string, args ...interface{}) error {
	return r.binder.errorf(r.at.to(r.path.keys()...), "attribute %q of %s %s", r.path, r.where, fmt.Sprintf(format, args...))
}

// value normalises the value n at r.path.
func (r *attrReader) value(n *node) (interface{}, error) {
	if n == nil || n.kind == scalarNode && n.value == nil {
		return nil, r.errorf("has no value")
	}
	if n.kind != scalarNode && r.path.depth() >= MaxAttrDepth {
		return nil, r.errorf("nests lists and maps more than %d deep", MaxAttrDepth)
	}
	switch n.kind {
	case seqNode:
		list := make([]interface{}, len(n.seq))
		for i, item := range n.seq {
			r.path = r.path.pushIndex(i)
			v, err := r.value(item)
			if err != nil {
				return nil, err
			}
			r.path = r.path[:len(r.path)-1]
			list[i] = v
		}
		return list, nil
	case mapNode:
		m := make(map[string]interface{}, len(n.m))
		for _, e := range n.entries() {
			k, ok := e.key.value.(string)
			if !ok {
				return nil, r.keyErrorf(r.at.to(r.path.keys()...), e.key, "attribute %q of %s has non-string key %s", r.path, r.where, showKey(e.key))
			}
			r.path = r.path.pushKey(k)
			v, err := r.value(e.value)
			if err != nil {
				return nil, err
			}
			r.path = r.path[:len(r.path)-1]
			m[k] = v
		}
		return m, nil
	}
	switch v := n.value.(type) {
	case string, bool, float64:
		return v, nil
	case int:
		return int64(v), nil
	case int64:
		return v, nil
	case uint64:
		if v > math.MaxInt64 {
			return nil, r.errorf("is out of range: %s", n.text)
		}
		return int64(v), nil
	}
	// yaml.v2 resolves scalars to the types above only.
	return nil, r.binder.errorf(r.at.to(r.path.keys()...), "internal error: attribute %q of %s has unexpected value %q", r.path, r.where, n.text)
}

func (b *binder) newPlug(name, iface string, attrs map[string]interface{}) *PlugInfo {
	return &PlugInfo{Snap: b.info, Name: name, Interface: iface, Attrs: attrs,
		Apps: map[string]*AppInfo{}, Hooks: map[string]*HookInfo{}}
}

func (b *binder) newSlot(name, iface string, attrs map[string]interface{}) *SlotInfo {
	return &SlotInfo{Snap: b.info, Name: name, Interface: iface, Attrs: attrs,
		Apps: map[string]*AppInfo{}, Hooks: map[string]*HookInfo{}}
}

// apps reads the "apps" map and binds each app to the plugs and slots it
// lists.
func (b *binder) apps(root *node) error {
	apps, err := b.mapping(nodeOf(root, "apps"), keyPath{"apps"}, `"apps"`)
	if err != nil {
		return err
	}
	for _, e := range apps {
		name := e.key.text
		at := keyPath{"apps", name}
		if err := ValidateAppName(name); err != nil {
			return b.errorf(at, "%w", err)
		}
		if _, ok := b.info.Apps[name]; ok {
			return b.errorf(at, "app %q is declared twice", name)
		}
		if e.value != nil && e.value.kind != mapNode {
			return b.errorf(at, "app %q must be a map", name)
		}
		app := &AppInfo{Snap: b.info, Name: name, Plugs: map[string]*PlugInfo{}, Slots: map[string]*SlotInfo{}}
		what := func(key string) string { return fmt.Sprintf("%q of app %q", key, name) }
		if app.Command, err = b.str(nodeOf(e.value, "command"), at.to("command"), what("command")); err != nil {
			return err
		}
		if app.Daemon, err = b.str(nodeOf(e.value, "daemon"), at.to("daemon"), what("daemon")); err != nil {
			return err
		}
		if err := validateDaemon(name, app.Daemon); err != nil {
			return b.errorf(at.to("daemon"), "%w", err)
		}
		b.info.Apps[name] = app
		if err := b.bind(e.value, at, "app", name, app.Plugs, app.Slots,
			func(plug *PlugInfo) { plug.Apps[name] = app },
			func(slot *SlotInfo) { slot.Apps[name] = app }); err != nil {
			return err
		}
	}
	return nil
}

// hooks reads the "hooks" map and binds each hook to the plugs and slots
// it lists.
func (b *binder) hooks(root *node) error {
	hooks, err := b.mapping(nodeOf(root, "hooks"), keyPath{"hooks"}, `"hooks"`)
	if err != nil {
		return err
	}
	for _, e := range hooks {
		name := e.key.text
		at := keyPath{"hooks", name}
		if err := ValidateHookName(name); err != nil {
			return b.errorf(at, "%w", err)
		}
		if _, ok := b.info.Hooks[name]; ok {
			return b.errorf(at, "hook %q is declared twice", name)
		}
		if e.value != nil && e.value.kind != mapNode {
			return b.errorf(at, "hook %q must be a map", name)
		}
		hook := &HookInfo{Snap: b.info, Name: name, Plugs: map[string]*PlugInfo{}, Slots: map[string]*SlotInfo{}}
		b.info.Hooks[name] = hook
		if err := b.bind(e.value, at, "hook", name, hook.Plugs, hook.Slots,
			func(plug *PlugInfo) { plug.Hooks[name] = hook },
			func(slot *SlotInfo) { slot.Hooks[name] = hook }); err != nil {
			return err
		}
	}
	return nil
}

// bind binds an app or hook (owner, declared by n at at) to the plugs and
// slots it lists, creating those not declared at the top level: they
// are of the interface of the same name. plugs and slots are the
// owner's maps; bindPlug and bindSlot record the other direction.
func (b *binder) bind(n *node, at keyPath, kind, owner string, plugs map[string]*PlugInfo, slots map[string]*SlotInfo,
	bindPlug func(*PlugInfo), bindSlot func(*SlotInfo)) error {
	plugNames, err := b.names(nodeOf(n, "plugs"), at.to("plugs"), fmt.Sprintf("\"plugs\" of %s %q", kind, owner), false)
	if err != nil {
		return err
	}
	for i, name := range plugNames {
		at := at.to("plugs").item(i)
		if !validIfaceName(name) {
			return b.errorf(at, "invalid plug name: %q", name)
		}
		plug := b.info.Plugs[name]
		if plug == nil {
			if b.declaredSlots[name] {
				return b.errorf(at, "%s %q lists plug %q which is declared as a slot", kind, owner, name)
			}
			if b.info.Slots[name] != nil {
				return b.errorf(at, "cannot have plug and slot with the same name: %q", name)
			}
			plug = b.newPlug(name, name, map[string]interface{}{})
			b.info.Plugs[name] = plug
		}
		plugs[name] = plug
		bindPlug(plug)
	}
	slotNames, err := b.names(nodeOf(n, "slots"), at.to("slots"), fmt.Sprintf("\"slots\" of %s %q", kind, owner), false)
	if err != nil {
		return err
	}
	for i, name := range slotNames {
		at := at.to("slots").item(i)
		if !validIfaceName(name) {
			return b.errorf(at, "invalid slot name: %q", name)
		}
		slot := b.info.Slots[name]
		if slot == nil {
			if b.declaredPlugs[name] {
				return b.errorf(at, "%s %q lists slot %q which is declared as a plug", kind, owner, name)
			}
			if b.info.Plugs[name] != nil {
				return b.errorf(at, "cannot have plug and slot with the same name: %q", name)
			}
			slot = b.newSlot(name, name, map[string]interface{}{})
			b.info.Slots[name] = slot
		}
		slots[name] = slot
		bindSlot(slot)
	}
	return nil
}

// bindUnlisted binds the top-level plugs and slots that no app or hook
// lists to every app and every hook: a snap that declares a plug without
// saying who uses it means all of them.
func (b *binder) bindUnlisted() error {
	unlistedPlugs, unlistedSlots := 0, 0
	for _, plug := range b.info.Plugs {
		if len(plug.Apps) == 0 && len(plug.Hooks) == 0 {
			unlistedPlugs++
		}
	}
	for _, slot := range b.info.Slots {
		if len(slot.Apps) == 0 && len(slot.Hooks) == 0 {
			unlistedSlots++
		}
	}
	unlisted, owners := unlistedPlugs+unlistedSlots, len(b.info.Apps)+len(b.info.Hooks)
	if owners > 0 && unlisted > MaxImplicitBindings/owners {
		at := keyPath{"plugs"}
		if unlistedPlugs == 0 {
			at = keyPath{"slots"}
		}
		return b.errorf(at, "cannot bind the %d plugs and slots that no app or hook lists to each of the %d apps and hooks: "+
			"more than %d bindings (list each plug or slot in the apps and hooks that use it)", unlisted, owners, MaxImplicitBindings)
	}
	for name, plug := range b.info.Plugs {
		if len(plug.Apps) > 0 || len(plug.Hooks) > 0 {
			continue
		}
		for _, app := range b.info.Apps {
			plug.Apps[app.Name], app.Plugs[name] = app, plug
		}
		for _, hook := range b.info.Hooks {
			plug.Hooks[hook.Name], hook.Plugs[name] = hook, plug
		}
	}
	for name, slot := range b.info.Slots {
		if len(slot.Apps) > 0 || len(slot.Hooks) > 0 {
			continue
		}
		for _, app := range b.info.Apps {
			slot.Apps[app.Name], app.Slots[name] = app, slot
		}
		for _, hook := range b.info.Hooks {
			slot.Hooks[hook.Name], hook.Slots[name] = hook, slot
		}
	}
	return nil
}
