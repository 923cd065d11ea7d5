// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// The driver-libs interfaces (cuda-, egl-, gbm-, nvidia-video-,
// opengl-, opengles- and vulkan-driver-libs): a snap that ships a
// userspace graphics or compute driver (a kernel snap's component, or
// a snap of its own, which needs a snap declaration to carry the slot)
// offers its libraries, and the configuration files that name them to
// their loaders, through a slot whose attributes list the directories
// that hold them. The plug is the system's in the reference: the host
// adds the directories to its loader cache and links the configuration
// files where the loaders look. A consuming snap may carry the plug
// where the base declaration allows it (on Ubuntu Core, for some of
// the family): its app then reads and maps those directories, and
// nothing else of the providing snap.
//
// Their base declarations are driverLibsSlot and one of
// systemDriverLibsPlug and driverLibsPlug (declarations.go).

// A source directory of a driver-libs slot names a directory of the
// providing snap, or of one of its components.
const (
	driverLibsSnapPrefix      = "$SNAP/"
	driverLibsSnapBracePrefix = "${SNAP}/"
	driverLibsComponentPrefix = "$SNAP_COMPONENT("
)

// driverLibsSource is a checked source directory: the component that
// holds it ("" for the snap itself) and its clean path below the snap
// or the component.
type driverLibsSource struct {
	component string
	sub       string
}

// dir returns the directory as a rule names it, in any revision of the
// providing snap instance.
func (s driverLibsSource) dir(provider string) string {
	if s.component != "" {
		return "@{INSTALL_DIR}/" + provider + "/components/mnt/" + s.component + "/[0-9x]*/" + s.sub
	}
	return "@{INSTALL_DIR}/" + provider + "/[0-9x]*/" + s.sub
}

// driverLibsSourcePath checks one source directory: $SNAP/PATH,
// ${SNAP}/PATH or $SNAP_COMPONENT(NAME)/PATH, where PATH is a clean,
// literal relative path that names something below the snap or
// component (the snap itself is refused: its whole tree is not a
// library directory).
func driverLibsSourcePath(what, p string) (driverLibsSource, error) {
	if err := checkLength(what, p, AttrPathMax); err != nil {
		return driverLibsSource{}, err
	}
	var src driverLibsSource
	switch {
	case strings.HasPrefix(p, driverLibsSnapPrefix):
		src.sub = p[len(driverLibsSnapPrefix):]
	case strings.HasPrefix(p, driverLibsSnapBracePrefix):
		src.sub = p[len(driverLibsSnapBracePrefix):]
	case strings.HasPrefix(p, driverLibsComponentPrefix):
		name, sub, ok := strings.Cut(p[len(driverLibsComponentPrefix):], ")/")
		if !ok || snap.ValidateName(name) != nil {
			return driverLibsSource{}, fmt.Errorf("%s %q must name a component as $SNAP_COMPONENT(NAME)/PATH", what, p)
		}
		src.component, src.sub = name, sub
	default:
		return driverLibsSource{}, fmt.Errorf("%s %q must start with $SNAP/, ${SNAP}/ or $SNAP_COMPONENT(NAME)/", what, p)
	}
	if src.sub == "" {
		return driverLibsSource{}, fmt.Errorf("%s %q must name a directory below the snap or component, not all of it", what, p)
	}
	if err := validatePath(what, "/"+src.sub, ""); err != nil {
		return driverLibsSource{}, fmt.Errorf("%s %q: %w", what, p, err)
	}
	return src, nil
}

// driverLibsSources are the checked source directories of a slot, by
// attribute.
type driverLibsSources struct {
	libraries []driverLibsSource
	// configs are the directories of configuration files (ICD and
	// layer manifests) that name the libraries to their loaders.
	configs []driverLibsSource
}

// driverLibsInterface is one interface of the family. What its slot
// must say differs: every one lists its libraries (library-source) and
// a compatibility label; some list configuration files (configSources,
// required or optional), EGL a priority among providers, GBM the file
// name of its backend library.
type driverLibsInterface struct {
	commonInterface
	// configSources are the attributes naming directories of
	// configuration files, with whether each is required.
	configSources []driverLibsConfigAttr
	// compat is what the compatibility label must say.
	compat compatSpec
	// priority says that the slot gives a "priority" (EGL's vendor
	// files are ordered by it).
	priority bool
	// clientDriver says that the slot names the file of its backend
	// library in "client-driver" (GBM).
	clientDriver bool
	// compatForm says, for the attribute descriptions, which labels
	// compat accepts ("cuda-N-ubuntu-YYMM, YYMM 2404 or later").
	compatForm string
	// examples are slots the sanitizer accepts, for the attribute
	// descriptions.
	examples []interfaces.AttributeExample
}

// driverLibsConfigAttr is a slot attribute naming directories of
// configuration files.
type driverLibsConfigAttr struct {
	name     string
	required bool
	// doc says what the directories hold, as the start of a sentence
	// ("The directories of the ICD manifests").
	doc string
}

var (
	_ interfaces.Interface          = (*driverLibsInterface)(nil)
	_ interfaces.SlotSanitizer      = (*driverLibsInterface)(nil)
	_ interfaces.AttributeDescriber = (*driverLibsInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*driverLibsInterface)(nil)
)

// clientDriverName is a file name of a GBM backend library.
var clientDriverName = regexp.MustCompile(`^[A-Za-z0-9_][-A-Za-z0-9_.]*$`)

// maxDriverPriority bounds "priority": the reference adds the index of
// a source directory to it to name the vendor files, and an int32 is
// far above any real ordering.
const maxDriverPriority = 1<<31 - 1

// sources checks a slot's attributes and returns its source
// directories.
func (iface *driverLibsInterface) sources(attrs map[string]interface{}) (*driverLibsSources, error) {
	label, ok, err := stringAttr(attrs, "compatibility")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf(`"compatibility" is required: a label such as %q`, iface.compat.example())
	}
	if err := iface.compat.checkExpression(label); err != nil {
		return nil, err
	}
	if iface.priority {
		n, ok, err := intAttr(attrs, "priority")
		if err != nil {
			return nil, err
		}
		if !ok || n <= 0 || n > maxDriverPriority {
			return nil, fmt.Errorf(`"priority" must be an integer between 1 and %d`, maxDriverPriority)
		}
	}
	if iface.clientDriver {
		name, ok, err := stringAttr(attrs, "client-driver")
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf(`"client-driver" is required: the file name of the GBM backend library`)
		}
		if err := checkLength(`"client-driver"`, name, AttrNameMax); err != nil {
			return nil, err
		}
		if !clientDriverName.MatchString(name) {
			return nil, fmt.Errorf(`"client-driver" %q must be a file name of letters, digits, ".", "-" and "_"`, name)
		}
	}
	var out driverLibsSources
	var budget pathBudget
	seen := map[string]string{}
	read := func(key string, required bool) ([]driverLibsSource, error) {
		paths, err := stringListAttr(attrs, key)
		if err != nil {
			return nil, err
		}
		if len(paths) == 0 {
			if _, present := attrs[key]; present || required {
				return nil, fmt.Errorf("%q must list at least one directory", key)
			}
			return nil, nil
		}
		srcs := make([]driverLibsSource, 0, len(paths))
		for i, p := range paths {
			what := fmt.Sprintf("%s[%d]", key, i)
			if other, dup := seen[p]; dup {
				return nil, fmt.Errorf("%s %q is listed already, in %s", what, p, other)
			}
			seen[p] = what
			src, err := driverLibsSourcePath(what, p)
			if err != nil {
				return nil, err
			}
			if err := budget.spend(what, p); err != nil {
				return nil, err
			}
			srcs = append(srcs, src)
		}
		return srcs, nil
	}
	if out.libraries, err = read("library-source", true); err != nil {
		return nil, err
	}
	for _, a := range iface.configSources {
		srcs, err := read(a.name, a.required)
		if err != nil {
			return nil, err
		}
		out.configs = append(out.configs, srcs...)
	}
	return &out, nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *driverLibsInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, err := iface.sources(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	return nil
}

// driverLibsSourceDoc says what sources checks of every source
// directory.
var driverLibsSourceDoc = fmt.Sprintf("Each is $SNAP/PATH, ${SNAP}/PATH or $SNAP_COMPONENT(NAME)/PATH, where NAME is a component of the snap and PATH a clean relative path naming a directory below the snap or the component, not all of it; a consuming app gets it in any revision of the providing snap. PATH may not hold a control character, nor any of %s. Together, the slot's source attributes list at most %d directories each, none twice, each at most %d bytes and all of them at most %d bytes.", aaSpecialChars, AttrListMax, AttrPathMax, AttrPathsMax)

// Attributes implements interfaces.AttributeDescriber: the slot's
// attributes, as sources checks them.
func (iface *driverLibsInterface) Attributes() interfaces.AttributeDoc {
	attrs := []interfaces.Attribute{{
		Side: "slot", Name: "library-source", Type: interfaces.AttrTypeStringList, Required: true,
		Description: "The directories of the driver's libraries: an app that plugs the interface may read and map them, and the host adds them to its loader cache when the system's plug connects. " + driverLibsSourceDoc,
	}}
	for _, a := range iface.configSources {
		attrs = append(attrs, interfaces.Attribute{
			Side: "slot", Name: a.name, Type: interfaces.AttrTypeStringList, Required: a.required,
			Description: a.doc + ". An app that plugs the interface may read them. They are written as in library-source.",
		})
	}
	attrs = append(attrs, interfaces.Attribute{
		Side: "slot", Name: "compatibility", Type: interfaces.AttrTypeString, Required: true,
		Description: fmt.Sprintf("Which ABI the libraries have: a label of the form %s, or an expression joining such labels with AND or OR (only one of them at each level) and parentheses. Each number of a label is an integer of up to 8 digits or a range such as (2404..2604). At most %d bytes.", iface.compatForm, AttrNameMax),
	})
	if iface.priority {
		attrs = append(attrs, interfaces.Attribute{
			Side: "slot", Name: "priority", Type: interfaces.AttrTypeInt, Required: true,
			Description: fmt.Sprintf("Where this provider's vendor files come among those of other providers: an integer from 1 to %d.", maxDriverPriority),
		})
	}
	if iface.clientDriver {
		attrs = append(attrs, interfaces.Attribute{
			Side: "slot", Name: "client-driver", Type: interfaces.AttrTypeString, Required: true,
			Description: fmt.Sprintf("The file name of the GBM backend library, found in the library directories: letters, digits, \".\", \"-\" and \"_\", starting with a letter, a digit or \"_\", at most %d bytes.", AttrNameMax),
		})
	}
	return interfaces.AttributeDoc{Attributes: attrs, Examples: iface.examples}
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner: the
// consuming app reads and maps the libraries of the slot's directories
// and reads its configuration files, in any revision of the providing
// snap, and nothing else of it. The system's plug (the host) is not
// confined: the rules reach no profile there.
func (iface *driverLibsInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	srcs, err := iface.sources(slot.StaticAttrs())
	if err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	provider := slot.Snap().InstanceName()
	var b strings.Builder
	b.WriteString(iface.connectedPlugAppArmor)
	b.WriteString("\n# The libraries: read them, and map them as the loader does (executable).\n")
	for _, src := range srcs.libraries {
		b.WriteString(treeRule("", src.dir(provider), "rm") + "\n")
	}
	if len(srcs.configs) > 0 {
		b.WriteString("\n# The configuration files that name the libraries to their loaders: read\n# only.\n")
		for _, src := range srcs.configs {
			b.WriteString(treeRule("", src.dir(provider), "r") + "\n")
		}
	}
	spec.AddSnippet(b.String())
	return nil
}

// Compatibility labels ("egl-1-5-ubuntu-2404") say which ABI a driver
// snap's libraries have: dash-separated dimensions, each a lowercase
// tag followed by integers or integer ranges ("(2204..2404)"); a tag
// alone stands for TAG-0. An expression combines labels with AND or OR
// (not both at one level) and parentheses. Each interface says which
// dimensions its labels have.

// compatDim is a dimension a label of an interface must have: one of
// tags, then one value per range, each within its range.
type compatDim struct {
	tags   []string
	ranges [][2]uint64
}

// compatSpec is the dimensions of an interface's labels, in order.
type compatSpec []compatDim

// compatMaxInt is the largest integer of a label: eight digits.
const compatMaxInt = 99999999

// compatAny is the range of any value.
var compatAny = [2]uint64{0, compatMaxInt}

// example returns a label the spec accepts, for messages.
func (spec compatSpec) example() string {
	var parts []string
	for _, d := range spec {
		parts = append(parts, d.tags[0])
		for _, r := range d.ranges {
			parts = append(parts, strconv.FormatUint(r[0], 10))
		}
	}
	return strings.Join(parts, "-")
}

var (
	compatLabelToken = regexp.MustCompile(`^[a-z][a-z0-9]*(?:-(?:[a-z0-9]+|\([0-9]+\.\.[0-9]+\)))*`)
	compatTag        = regexp.MustCompile(`^[a-z][a-z0-9]{0,31}$`)
	compatInt        = regexp.MustCompile(`^(?:0|[1-9][0-9]{0,7})$`)
	compatRange      = regexp.MustCompile(`^\((0|[1-9][0-9]{0,7})\.\.(0|[1-9][0-9]{0,7})\)$`)
)

// compatTokens splits an expression into "(", ")", "AND", "OR" and
// labels.
func compatTokens(expr string) ([]string, error) {
	var tokens []string
	for i := 0; i < len(expr); {
		switch c := expr[i]; {
		case c == ' ':
			i++
		case c == '(' || c == ')':
			tokens = append(tokens, string(c))
			i++
		case compatOperator(expr[i:]) != "":
			word := compatOperator(expr[i:])
			tokens = append(tokens, word)
			i += len(word)
		default:
			label := compatLabelToken.FindString(expr[i:])
			if label == "" {
				return nil, fmt.Errorf(`"compatibility" %q has %q at byte %d, where a label, "AND", "OR" or a parenthesis must be`, expr, string(c), i)
			}
			tokens = append(tokens, label)
			i += len(label)
		}
	}
	return tokens, nil
}

// compatOperator returns "AND" or "OR" when s starts with one as a
// word of its own, else "".
func compatOperator(s string) string {
	for _, op := range []string{"AND", "OR"} {
		if rest, ok := strings.CutPrefix(s, op); ok && (rest == "" || rest[0] == ' ' || rest[0] == '(' || rest[0] == ')') {
			return op
		}
	}
	return ""
}

// checkExpression checks a compatibility expression: its syntax, and
// each label against the spec.
func (spec compatSpec) checkExpression(expr string) error {
	if err := checkLength(`"compatibility"`, expr, AttrNameMax); err != nil {
		return err
	}
	tokens, err := compatTokens(expr)
	if err != nil {
		return err
	}
	p := &compatParser{spec: spec, expr: expr, tokens: tokens}
	if err := p.expression(); err != nil {
		return err
	}
	if p.pos != len(p.tokens) {
		return fmt.Errorf(`"compatibility" %q has %q where the expression should end`, expr, p.tokens[p.pos])
	}
	return nil
}

// compatParser reads an expression: expr = atom {AND atom} | atom {OR
// atom}; atom = "(" expr ")" | label.
type compatParser struct {
	spec   compatSpec
	expr   string
	tokens []string
	pos    int
}

func (p *compatParser) peek() string {
	if p.pos < len(p.tokens) {
		return p.tokens[p.pos]
	}
	return ""
}

func (p *compatParser) expression() error {
	if err := p.atom(); err != nil {
		return err
	}
	op := ""
	for {
		next := p.peek()
		if next != "AND" && next != "OR" {
			return nil
		}
		if op != "" && next != op {
			return fmt.Errorf(`"compatibility" %q mixes AND and OR: group them with parentheses`, p.expr)
		}
		op = next
		p.pos++
		if err := p.atom(); err != nil {
			return err
		}
	}
}

func (p *compatParser) atom() error {
	switch tok := p.peek(); tok {
	case "":
		return fmt.Errorf(`"compatibility" %q ends where a label should be`, p.expr)
	case "(":
		p.pos++
		if err := p.expression(); err != nil {
			return err
		}
		if p.peek() != ")" {
			return fmt.Errorf(`"compatibility" %q has an unclosed parenthesis`, p.expr)
		}
		p.pos++
		return nil
	case ")", "AND", "OR":
		return fmt.Errorf(`"compatibility" %q has %q where a label should be`, p.expr, tok)
	default:
		p.pos++
		return p.spec.checkLabel(tok)
	}
}

// checkLabel checks one label against the spec.
func (spec compatSpec) checkLabel(label string) error {
	type dim struct {
		tag    string
		values [][2]uint64
	}
	var dims []*dim
	for _, tok := range strings.Split(label, "-") {
		if compatTag.MatchString(tok) && !compatInt.MatchString(tok) {
			for _, d := range dims {
				if d.tag == tok {
					return fmt.Errorf(`"compatibility" label %q names %q twice`, label, tok)
				}
			}
			dims = append(dims, &dim{tag: tok})
			continue
		}
		var r [2]uint64
		switch {
		case compatInt.MatchString(tok):
			n, _ := strconv.ParseUint(tok, 10, 64)
			r = [2]uint64{n, n}
		case compatRange.MatchString(tok):
			m := compatRange.FindStringSubmatch(tok)
			r[0], _ = strconv.ParseUint(m[1], 10, 64)
			r[1], _ = strconv.ParseUint(m[2], 10, 64)
			if r[0] > r[1] {
				return fmt.Errorf(`"compatibility" label %q has the empty range %s`, label, tok)
			}
		default:
			return fmt.Errorf(`"compatibility" label %q has %q, which is neither a tag, an integer of up to 8 digits nor a range`, label, tok)
		}
		dims[len(dims)-1].values = append(dims[len(dims)-1].values, r)
	}
	if len(dims) != len(spec) {
		return fmt.Errorf(`"compatibility" label %q must have %d parts, like %q`, label, len(spec), spec.example())
	}
	for i, d := range dims {
		want := spec[i]
		found := false
		for _, tag := range want.tags {
			found = found || tag == d.tag
		}
		if !found {
			return fmt.Errorf(`"compatibility" label %q has %q where %s must be`, label, d.tag, strings.Join(want.tags, " or "))
		}
		if len(d.values) == 0 {
			d.values = [][2]uint64{{0, 0}}
		}
		if len(d.values) != len(want.ranges) {
			return fmt.Errorf(`"compatibility" label %q gives %q %d values, not %d`, label, d.tag, len(d.values), len(want.ranges))
		}
		for j, v := range d.values {
			if v[0] < want.ranges[j][0] || v[1] > want.ranges[j][1] {
				return fmt.Errorf(`"compatibility" label %q gives %q a value outside %d..%d`, label, d.tag, want.ranges[j][0], want.ranges[j][1])
			}
		}
	}
	return nil
}
