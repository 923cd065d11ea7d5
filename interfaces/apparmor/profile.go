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
}

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
	// Text is the whole profile, ending in a newline.
	Text string
	// Origins holds, for each line of Text (0-based), the interface
	// that added it, or "" for lines of the template and base policy.
	// It is read-only: profiles of a snap with the same rules share it.
	Origins []string
	// Shape is Text without what names the app or hook (tag, app or
	// hook name, D-Bus path element), or "" when unknown. Profiles of
	// the same shape differ only in those names, validated identifiers
	// that cannot change whether a profile compiles, so a check need
	// compile only one of them: the apps of a snap often share a shape.
	Shape string
}

// Origin returns the interface that added the given line (1-based, as
// apparmor_parser counts), or "" for a line of the template or a line
// out of range.
func (p *Profile) Origin(line int) string {
	if line < 1 || line > len(p.Origins) {
		return ""
	}
	return p.Origins[line-1]
}

// Lines returns the lines of Text, without their newlines; Origins has
// one entry per line.
func (p *Profile) Lines() []string {
	return strings.Split(strings.TrimSuffix(p.Text, "\n"), "\n")
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
	confinement snap.ConfinementType
	header      *holes
	// values are the header's values, those of the app or hook
	// included, filled in for each profile.
	values      []string
	shapeHeader string

	last         *profileBody
	lastSnippets []interfaces.Snippet
}

// profileBody is a rendered body, what it was rendered from, and what
// the profiles that share it share.
type profileBody struct {
	text string
	deny bool
	// shape is the shape of every profile with this body.
	shape string
	// origins are the origins of every profile with this body.
	origins []string
}

func newRenderer(info *snap.Info, spec *Specification, host Host) (*renderer, error) {
	// The names end up quoted in the profile: a snap.Info made by hand
	// must not smuggle in rules.
	instance := info.InstanceName()
	if err := snap.ValidateInstanceName(instance); err != nil {
		return nil, err
	}
	r := &renderer{info: info, spec: spec, confinement: confinement(info)}
	switch r.confinement {
	case snap.StrictConfinement, snap.DevModeConfinement, snap.ClassicConfinement:
	default:
		// It is printed in the header, and decides the flags.
		return nil, fmt.Errorf("unknown confinement %q", r.confinement)
	}
	var err error
	if r.header, err = headerHoles(r.confinement); err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	data := profileData{SnapName: info.SuggestedName, InstanceName: instance, Revision: host.Revision, InstallDir: host.InstallDir}
	// The shape leaves out the tag, the command and the D-Bus path
	// element: they are "" here.
	r.values = data.headerValues()
	r.shapeHeader = r.header.fill(r.values)
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
		snippets = r.spec.snippets.Snippets(tag)
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
	var b strings.Builder
	b.Grow(r.header.len(r.values) + len(r.last.text))
	r.header.write(&b, r.values)
	b.WriteString(r.last.text)
	return &Profile{Tag: tag, Text: b.String(), Origins: r.last.origins, Shape: r.last.shape}, nil
}

// renderBody renders the body of the profiles with the given rules, and
// what they share: their shape, and the origins of their lines.
func (r *renderer) renderBody(snippets []interfaces.Snippet, deny bool) (*profileBody, error) {
	data := profileData{Confinement: r.confinement, DenyPtraceTrace: deny, Interfaces: groupSnippets(snippets)}
	body, err := bodyHoles(data.Classic(), deny)
	if err != nil {
		return nil, err
	}
	// The body's one hole is for the interfaces' blocks, one after the
	// other.
	size := len(r.shapeHeader) + body.len(nil)
	for i := range data.Interfaces {
		size += data.Interfaces[i].len()
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(r.shapeHeader)
	body.writeFunc(&b, func(int) {
		for i := range data.Interfaces {
			data.Interfaces[i].writeTo(&b)
		}
	})
	shape := b.String()
	p := &profileBody{text: shape[len(r.shapeHeader):], deny: deny, shape: shape}
	// The header has as many lines in every profile: the shape's
	// stand for all of them.
	if p.origins, err = data.origins(shape); err != nil {
		return nil, err
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
