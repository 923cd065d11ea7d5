// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// DefaultInstallDir is where snaps are mounted unless Host says otherwise.
const DefaultInstallDir = "/snap"

// Host is what rendering needs to know of the system and of the
// installed revision. It is passed in, never probed, so that the same
// snaps and connections always give the same bytes.
type Host struct {
	// InstallDir is where snaps are mounted: DefaultInstallDir when
	// empty; some distributions use /var/lib/snapd/snap.
	InstallDir string
	// Revision is the revision of the snap being confined: a store
	// revision ("42") or a local one ("x1"). Its data directories are
	// named after it.
	Revision string
	// Features is the feature set of the host's AppArmor kernel and
	// parser, read once by the caller (ReadFeatures) or standing for
	// an ABI (FeaturesOf). It decides the ABI profiles state and which
	// rules that need a feature they get (see
	// Specification.AddFeatureSnippet). The zero value gives ABI 3.0
	// profiles without such rules.
	Features Features
}

// ABI returns the ABI profiles rendered for the host state.
func (host Host) ABI() ABI { return host.Features.ABI() }

var (
	validRevision   = regexp.MustCompile(`^x?[1-9][0-9]*$`)
	validInstallDir = regexp.MustCompile(`^(/[a-zA-Z0-9._-]+)+$`)
)

// validate checks the host facts and fills in defaults. Both end up
// quoted in AppArmor variables, so they are held to a plain shape.
func (host Host) validate() (Host, error) {
	if host.InstallDir == "" {
		host.InstallDir = DefaultInstallDir
	}
	if !validInstallDir.MatchString(host.InstallDir) || path.Clean(host.InstallDir) != host.InstallDir {
		return host, fmt.Errorf("invalid install directory %q: want a clean absolute path of letters, digits, '.', '_' and '-'", host.InstallDir)
	}
	if !validRevision.MatchString(host.Revision) {
		return host, fmt.Errorf("invalid revision %q: want a number, or x and a number for a local install", host.Revision)
	}
	return host, nil
}

// Profile is the rendered AppArmor profile of one security tag.
type Profile struct {
	// Tag is the security tag, which is also the profile name.
	Tag string
	// Text is the whole profile, ending in a newline. Most of it is
	// shared with the other profiles rendered in the process.
	Text interfaces.Text
	// ABI is the ABI the profile states: the parser that checks it
	// must speak it.
	ABI ABI
	// Shape is Text without what names the app or hook (tag, app or
	// hook name, D-Bus path element), or empty when unknown. Profiles of
	// the same shape differ only in those names, validated identifiers
	// that cannot change whether a profile compiles, so a check need
	// compile only one of them: the apps of a snap often share a shape.
	Shape interfaces.Text
	// origins are the runs of lines that an interface added, in order;
	// read-only, as profiles with the same rules share them.
	origins []originRun
}

// originRun is a run of lines, from first to last (counted from 1),
// that one interface added.
type originRun struct {
	first, last int
	iface       string
}

// Origin returns the interface that added the given line (1-based, as
// apparmor_parser counts), or "" for a line of the template or a line
// out of range.
func (p *Profile) Origin(line int) string {
	i := sort.Search(len(p.origins), func(i int) bool { return p.origins[i].last >= line })
	if i < len(p.origins) && p.origins[i].first <= line {
		return p.origins[i].iface
	}
	return ""
}

// Lines returns the lines of Text, without their newlines.
func (p *Profile) Lines() []string {
	return strings.Split(strings.TrimSuffix(p.Text.String(), "\n"), "\n")
}

// RenderProfile renders the profile of tag, which must name an app or a
// hook of info, from the rules spec holds for it. Strict snaps get the
// base policy and their interfaces' rules, devmode snaps the same in
// complain mode, and classic snaps a profile that allows everything.
func RenderProfile(info *snap.Info, tag string, spec *Specification, host Host) (*Profile, error) {
	host, err := host.validate()
	if err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: %w", tag, err)
	}
	command, ok := commandName(info, tag)
	if !ok {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: snap %q has no app or hook with that security tag", tag, info.InstanceName())
	}
	r, err := newRenderer(info, spec, host)
	if err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: %w", tag, err)
	}
	return r.render(tag, command)
}

// RenderSnapProfiles renders the profile of every app and hook of info,
// sorted by tag.
func RenderSnapProfiles(info *snap.Info, spec *Specification, host Host) ([]*Profile, error) {
	host, err := host.validate()
	if err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profiles of snap %q: %w", info.InstanceName(), err)
	}
	type entry struct{ tag, command string }
	entries := make([]entry, 0, len(info.Apps)+len(info.Hooks))
	for _, app := range info.Apps {
		entries = append(entries, entry{app.SecurityTag(), app.Name})
	}
	for _, hook := range info.Hooks {
		entries = append(entries, entry{hook.SecurityTag(), hook.Name})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].tag < entries[j].tag })
	profiles := make([]*Profile, 0, len(entries))
	if len(entries) == 0 {
		return profiles, nil
	}
	r, err := newRenderer(info, spec, host)
	if err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: %w", entries[0].tag, err)
	}
	for _, e := range entries {
		p, err := r.render(e.tag, e.command)
		if err != nil {
			return nil, err
		}
		profiles = append(profiles, p)
	}
	return profiles, nil
}

// commandName returns the app or hook name whose security tag is tag.
func commandName(info *snap.Info, tag string) (string, bool) {
	for _, app := range info.Apps {
		if app.SecurityTag() == tag {
			return app.Name, true
		}
	}
	for _, hook := range info.Hooks {
		if hook.SecurityTag() == tag {
			return hook.Name, true
		}
	}
	return "", false
}

// renderer renders the profiles of one snap, from the template's parts
// split at their holes (see holes), and keeps the last body it
// rendered: the apps and hooks of a snap are often bound to the same
// plugs, and then share a body, a shape and its origins.
type renderer struct {
	info        *snap.Info
	spec        *Specification
	host        Host
	abi         ABI
	confinement snap.ConfinementType
	header      *holes
	// values are the header's values, those of the app or hook
	// included, filled in for each profile.
	values []string
	// shapeHeader is the header without the app or hook.
	shapeHeader interfaces.Text

	last         *profileBody
	lastSnippets []interfaces.Snippet
}

// profileBody is a rendered body, what it was rendered from, and what
// the profiles that share it share.
type profileBody struct {
	text interfaces.Text
	deny bool
	// shape is the shape of every profile with this body.
	shape interfaces.Text
	// origins are the origins of every profile with this body.
	origins []originRun
}

func newRenderer(info *snap.Info, spec *Specification, host Host) (*renderer, error) {
	// The names end up quoted in the profile: a snap.Info made by hand
	// must not smuggle in rules.
	instance := info.InstanceName()
	if err := snap.ValidateInstanceName(instance); err != nil {
		return nil, err
	}
	r := &renderer{info: info, spec: spec, host: host, abi: host.ABI(), confinement: confinement(info)}
	switch r.confinement {
	case snap.StrictConfinement, snap.DevModeConfinement, snap.ClassicConfinement:
	default:
		// It is printed in the header, and decides the flags.
		return nil, fmt.Errorf("unknown confinement %q", r.confinement)
	}
	var err error
	if r.header, err = headerHoles(r.confinement, r.abi); err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	data := profileData{SnapName: info.SuggestedName, InstanceName: instance, Revision: host.Revision, InstallDir: host.InstallDir, ABI: r.abi}
	// The shape leaves out the tag, the command and the D-Bus path
	// element: they are "" here.
	r.values = data.headerValues()
	var b interfaces.TextBuilder
	b.Grow(2 * len(r.header.pieces))
	r.header.appendTo(&b, r.values)
	r.shapeHeader = b.Text()
	return r, nil
}

func (r *renderer) render(tag, command string) (*Profile, error) {
	if err := snap.ValidateAppName(command); err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: %w", tag, err)
	}
	// A classic profile allows everything: interface rules could only
	// take away from that (a silencing deny, the ptrace suppression),
	// which classic confinement promises not to do.
	var snippets []interfaces.Snippet
	deny := false
	if r.confinement != snap.ClassicConfinement && r.spec != nil {
		snippets = r.spec.SnippetsOn(tag, r.host)
		deny = r.spec.DeniesPtraceTrace(tag)
	}
	if r.last == nil || r.last.deny != deny || !slices.Equal(r.lastSnippets, snippets) {
		body, err := r.renderBody(snippets, deny)
		if err != nil {
			return nil, fmt.Errorf("internal error: cannot render AppArmor profile %q: %v", tag, err)
		}
		r.last, r.lastSnippets = body, snippets
	}
	r.values[holeTag], r.values[holeCommandName], r.values[holeProfileDBus] = tag, command, DBusPathEscape(tag)
	defer func() { r.values[holeTag], r.values[holeCommandName], r.values[holeProfileDBus] = "", "", "" }()
	var b interfaces.TextBuilder
	b.Grow(2*len(r.header.pieces) + r.last.text.Pieces())
	r.header.appendTo(&b, r.values)
	b.WriteText(r.last.text)
	return &Profile{Tag: tag, Text: b.Text(), ABI: r.abi, Shape: r.last.shape, origins: r.last.origins}, nil
}

// renderBody renders the body of the profiles with the given rules, and
// what they share: their shape, and the origins of their lines.
func (r *renderer) renderBody(snippets []interfaces.Snippet, deny bool) (*profileBody, error) {
	rules := groupSnippets(snippets)
	body, err := bodyHoles(r.confinement == snap.ClassicConfinement, deny, r.abi)
	if err != nil {
		return nil, err
	}
	// The body's one hole is for the interfaces' blocks, one after the
	// other.
	pieces := len(body.pieces)
	for i := range rules {
		pieces += len(rules[i].parts)
	}
	var b interfaces.TextBuilder
	b.Grow(pieces)
	for i, piece := range body.pieces {
		b.WriteString(piece)
		if i < len(body.slots) {
			for j := range rules {
				for _, part := range rules[j].parts {
					b.WriteString(part)
				}
			}
		}
	}
	p := &profileBody{text: b.Text(), deny: deny, origins: make([]originRun, 0, len(rules))}
	b.Grow(r.shapeHeader.Pieces() + p.text.Pieces())
	b.WriteText(r.shapeHeader)
	b.WriteText(p.text)
	p.shape = b.Text()
	// Every line before the hole is the template's: the header's
	// values hold no newline. The blocks start by ending the line
	// that the hole is on.
	line := r.header.newlines + body.leadingNewlines + 2
	for i := range rules {
		p.origins = append(p.origins, originRun{line, line + rules[i].lines - 1, rules[i].Interface})
		line += rules[i].lines
	}
	return p, nil
}

func confinement(info *snap.Info) snap.ConfinementType {
	if info.Confinement == "" {
		return snap.StrictConfinement
	}
	return info.Confinement
}

// groupSnippets returns the rules of a tag, in the specification's order
// (by interface, then text), grouped by interface and laid out.
func groupSnippets(snippets []interfaces.Snippet) []interfaceRules {
	var groups []interfaceRules
	texts := make([]string, 0, len(snippets))
	for i, snippet := range snippets {
		texts = append(texts, snippet.Text)
		if i+1 == len(snippets) || snippets[i+1].Interface != snippet.Interface {
			groups = append(groups, newInterfaceRules(snippet.Interface, texts))
			texts = texts[:0]
		}
	}
	return groups
}

// DBusPathEscape escapes a security tag for use in a D-Bus object path,
// whose elements allow only ASCII letters, digits and '_': letters and
// digits stay, every other byte becomes '_' and its two lowercase hex
// digits ("snap.foo-bar.app" gives "snap_2efoo_2dbar_2eapp"). Profiles
// define it as @{PROFILE_DBUS}, for rules that name per-app objects.
func DBusPathEscape(s string) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('_')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&0xf])
	}
	return b.String()
}
