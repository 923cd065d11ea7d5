// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

// Site is the reference of the catalogue: a page for each interface,
// in name order.
type Site struct {
	Pages []*Page
}

// Page is what the reference says of one interface.
type Page struct {
	Name    string
	Summary string
	DocURL  string
	// Classic and Core are what a plug of the interface gets from the
	// system's slot on each kind of system.
	Classic, Core Outcome
	// AppSlot is what a plug gets from the slot of a snap of the first
	// of SlotCarriers (on a classic system, neither snap having a snap
	// declaration); NoSlot when no snap but the system may offer one.
	AppSlot Outcome
	// SlotCarriers are the snap types other than the system's that may
	// offer a slot without a snap declaration: "app", "gadget",
	// "kernel".
	SlotCarriers []string
	// PlugNeedsDeclaration says whether carrying a plug needs a snap
	// declaration (with the attributes of the plug the page shows).
	PlugNeedsDeclaration bool
	// NeedsDeclaration lists what needs a snap declaration, for the
	// index: "plug", "slot", "connection".
	NeedsDeclaration []string
	// Outcomes says, in sentences, what the base declaration decides
	// on classic and on Ubuntu Core.
	Outcomes []Text
	// Rules explain the base declaration's rules for the interface.
	Rules []RuleSection
	// DeclarationPlugs and DeclarationSlots are the interface's
	// fragments of the base declaration, as YAML.
	DeclarationPlugs, DeclarationSlots string
	// Attributes are the plug's and the slot's attributes.
	PlugAttributes, SlotAttributes []interfaces.Attribute
	// Grants is the policy text of the first example (or of a plug
	// and a slot without attributes); ExampleTitle names that example.
	Grants       []Grant
	GrantsTitle  string
	MoreGrants   []ExtraGrants
	NotRendered  []Backend
	Examples     []Example
	Related      []string
	relatedNames map[string]bool
}

// ExtraGrants is what another example's attributes add to the policy.
type ExtraGrants struct {
	Title  string
	Grants []Grant
}

// Outcome is what a plug gets from a slot under the base declaration.
type Outcome string

// The outcomes.
const (
	// NoSlot: there is no such slot (the system offers none).
	NoSlot Outcome = "none"
	// AutoConnect: the plug is connected automatically.
	AutoConnect Outcome = "auto"
	// Manual: the plug may be connected by hand.
	Manual Outcome = "manual"
	// Denied: connecting needs a snap declaration.
	Denied Outcome = "denied"
)

// Backend is a security backend whose part of the interface this
// library does not render, and what it would do.
type Backend struct {
	Name string
	What string
}

// backendWhat says what each backend of StaticInfo.NotRendered does,
// which a daemon using snapiface does itself.
var backendWhat = map[string]string{
	interfaces.BackendUDev:        "udev rules that tag the devices, so that the app's device cgroup admits them",
	interfaces.BackendKMod:        "loading kernel modules, or setting their options",
	interfaces.BackendMount:       "mounts in the snap's mount namespace",
	interfaces.BackendDBus:        "D-Bus bus policy files for a slot's service",
	interfaces.BackendSystemd:     "systemd units, for example to export GPIO pins",
	interfaces.BackendPolkit:      "polkit policy files",
	interfaces.BackendLdconfig:    "library directories in the host's loader cache",
	interfaces.BackendConfigFiles: "host configuration files",
}

// Example is one way to use the interface: snap.yaml files (the
// plugging snap's, the offering snap's, or both).
type Example struct {
	Title string
	Files []YAMLFile
}

// YAMLFile is a snap.yaml of an example.
type YAMLFile struct {
	Title string
	Text  string
}

// Build gathers the reference of every interface of the catalogue,
// decided against the built-in base declaration.
func Build() (*Site, error) {
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		return nil, fmt.Errorf("cannot build the reference: %w", err)
	}
	return BuildWith(base)
}

// BuildWith gathers the reference of every interface of the catalogue,
// decided against the given base declaration.
func BuildWith(base *policy.Declaration) (*Site, error) {
	site := &Site{}
	names := map[string]bool{}
	for _, iface := range builtin.Interfaces() {
		names[iface.Name()] = true
	}
	for _, iface := range builtin.Interfaces() {
		page, err := buildPage(iface, base, names)
		if err != nil {
			return nil, fmt.Errorf("cannot build the reference of interface %q: %w", iface.Name(), err)
		}
		site.Pages = append(site.Pages, page)
	}
	relate(site.Pages)
	return site, nil
}

// sample is the plug and slot attributes the page decides and renders
// with: a side is nil when the interface's sanitizer refuses it bare
// and no example gives it.
type sample struct {
	plug, slot map[string]interface{}
	plugOK     bool
	slotOK     bool
	daemon     string
}

// samplesOf returns the samples of an interface: one for each example,
// or a bare plug and slot when it has none. A side an example leaves
// out is the first example's that gives it, else bare.
func samplesOf(iface interfaces.Interface) []sample {
	d, ok := iface.(interfaces.AttributeDescriber)
	if !ok {
		return []sample{{plug: map[string]interface{}{}, slot: map[string]interface{}{}, plugOK: true, slotOK: true}}
	}
	doc := d.Attributes()
	var firstPlug, firstSlot map[string]interface{}
	for _, ex := range doc.Examples {
		if firstPlug == nil && ex.Plug != nil {
			firstPlug = ex.Plug
		}
		if firstSlot == nil && ex.Slot != nil {
			firstSlot = ex.Slot
		}
	}
	_, plugSan := iface.(interfaces.PlugSanitizer)
	_, slotSan := iface.(interfaces.SlotSanitizer)
	var out []sample
	for _, ex := range doc.Examples {
		s := sample{plug: ex.Plug, slot: ex.Slot, daemon: ex.Daemon}
		if s.plug == nil {
			s.plug = firstPlug
		}
		if s.slot == nil {
			s.slot = firstSlot
		}
		if s.plug == nil && !plugSan {
			s.plug = map[string]interface{}{}
		}
		if s.slot == nil && !slotSan {
			s.slot = map[string]interface{}{}
		}
		s.plugOK, s.slotOK = s.plug != nil, s.slot != nil
		out = append(out, s)
	}
	return out
}

// Sample snap names: they appear in the examples' snap.yaml.
const (
	consumerName = "my-app"
	providerName = "my-service"
)

func buildPage(iface interfaces.Interface, base *policy.Declaration, names map[string]bool) (*Page, error) {
	si := iface.StaticInfo()
	name := iface.Name()
	p := &Page{
		Name:             name,
		Summary:          si.Summary,
		DocURL:           si.DocURL,
		DeclarationPlugs: strings.Trim(si.BaseDeclarationPlugs, "\n"),
		DeclarationSlots: strings.Trim(si.BaseDeclarationSlots, "\n"),
		Rules:            explainDeclaration(base, name),
	}
	for _, b := range si.NotRendered {
		p.NotRendered = append(p.NotRendered, Backend{Name: b, What: backendWhat[b]})
	}
	if d, ok := iface.(interfaces.AttributeDescriber); ok {
		for _, a := range d.Attributes().Attributes {
			if a.Side == "plug" {
				p.PlugAttributes = append(p.PlugAttributes, a)
			} else {
				p.SlotAttributes = append(p.SlotAttributes, a)
			}
		}
	}
	samples := samplesOf(iface)
	first := samples[0]
	if err := p.decide(iface, base, first); err != nil {
		return nil, err
	}

	// What it grants, with the first sample's attributes, and what
	// the others add.
	var doc interfaces.AttributeDoc
	if d, ok := iface.(interfaces.AttributeDescriber); ok {
		doc = d.Attributes()
	}
	for i, s := range samples {
		desc, err := builtin.DescribeWith(iface, s.plug, s.slot)
		if err != nil {
			return nil, err
		}
		grants := grantsOf(desc)
		if i == 0 {
			p.Grants = grants
			if len(doc.Examples) > 0 {
				p.GrantsTitle = doc.Examples[0].Title
			}
			continue
		}
		if extra := extraGroups(p.Grants, grants); len(extra) > 0 {
			p.MoreGrants = append(p.MoreGrants, ExtraGrants{Title: doc.Examples[i].Title, Grants: extra})
		}
	}

	// Examples of snap.yaml.
	examples := doc.Examples
	if len(examples) == 0 {
		ex := interfaces.AttributeExample{Title: "a plug", Plug: map[string]interface{}{}}
		if len(p.SlotCarriers) > 0 {
			ex.Title, ex.Slot = "a plug, and a slot of "+snapTypePhrases[p.SlotCarriers[0]], map[string]interface{}{}
		}
		examples = []interfaces.AttributeExample{ex}
	}
	for _, e := range examples {
		ex := Example{Title: e.Title}
		if e.Plug != nil {
			text, err := consumerYaml(name, e.Plug, e.Daemon)
			if err != nil {
				return nil, err
			}
			ex.Files = append(ex.Files, YAMLFile{Title: "the snap that plugs it", Text: text})
		}
		if e.Slot != nil {
			text, err := providerYaml(name, p.slotType(base), e.Slot)
			if err != nil {
				return nil, err
			}
			ex.Files = append(ex.Files, YAMLFile{Title: "the snap that offers the slot", Text: text})
		}
		p.Examples = append(p.Examples, ex)
	}

	// Related interfaces: those mentioned in the policy's comments
	// and the attribute descriptions.
	p.relatedNames = map[string]bool{}
	var mentions strings.Builder
	for _, g := range p.Grants {
		mentions.WriteString(g.Summary + "\n")
		for _, group := range g.Groups {
			mentions.WriteString(group.Words + "\n")
		}
	}
	for _, a := range append(append([]interfaces.Attribute(nil), p.PlugAttributes...), p.SlotAttributes...) {
		mentions.WriteString(a.Description + "\n")
	}
	for _, m := range mentionedName.FindAllStringSubmatch(mentions.String(), -1) {
		if names[m[1]] && m[1] != name {
			p.relatedNames[m[1]] = true
		}
	}
	return p, nil
}

// mentionedName finds hyphenated words that may be interface names.
var mentionedName = regexp.MustCompile(`(?:^|[^a-z0-9-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`)

// relate fills each page's related interfaces: those whose name starts
// with the same word, and those it mentions or that mention it.
func relate(pages []*Page) {
	for _, p := range pages {
		for _, q := range pages {
			if p == q {
				continue
			}
			pw, _, _ := strings.Cut(p.Name, "-")
			qw, _, _ := strings.Cut(q.Name, "-")
			if pw == qw || p.relatedNames[q.Name] || q.relatedNames[p.Name] {
				p.Related = append(p.Related, q.Name)
			}
		}
		sort.Strings(p.Related)
	}
}

// decide fills what the base declaration decides for a plug and a slot
// with the sample's attributes: on classic and Ubuntu Core, with the
// system's slot and with an app snap's.
func (p *Page) decide(iface interfaces.Interface, base *policy.Declaration, s sample) error {
	name := iface.Name()
	var consumer *snap.Info
	if s.plugOK {
		var err error
		text, err := consumerYaml(name, s.plug, s.daemon)
		if err != nil {
			return err
		}
		consumer, err = snap.InfoFromSnapYaml([]byte(text))
		if err != nil {
			return fmt.Errorf("internal error: sample plug: %v", err)
		}
		ic := &policy.InstallCandidate{Snap: consumer, BaseDeclaration: base}
		p.PlugNeedsDeclaration = !ic.CheckPlug(name).Allowed
	}
	for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel} {
		if !s.slotOK {
			break
		}
		text, err := providerYaml(name, typ, s.slot)
		if err != nil {
			return err
		}
		provider, err := snap.InfoFromSnapYaml([]byte(text))
		if err != nil {
			return fmt.Errorf("internal error: sample slot: %v", err)
		}
		ic := &policy.InstallCandidate{Snap: provider, BaseDeclaration: base}
		if ic.CheckSlot(name).Allowed {
			p.SlotCarriers = append(p.SlotCarriers, string(typ))
		}
	}
	outcome := func(sys builtin.System, provider bool) (Outcome, error) {
		if consumer == nil {
			return NoSlot, nil
		}
		repo := builtin.NewRepository()
		if _, err := repo.AddSnap(builtin.SystemSnap(sys)); err != nil {
			return "", err
		}
		text, err := consumerYaml(name, s.plug, s.daemon)
		if err != nil {
			return "", err
		}
		info, err := snap.InfoFromSnapYaml([]byte(text))
		if err != nil {
			return "", err
		}
		if dropped, err := repo.AddSnap(info); err != nil || len(dropped) > 0 {
			return "", fmt.Errorf("internal error: sample plug refused: %v %v", err, dropped)
		}
		want := builtin.SystemSnapName
		if provider {
			typ := snap.Type(p.SlotCarriers[0])
			text, err := providerYaml(name, typ, s.slot)
			if err != nil {
				return "", err
			}
			pinfo, err := snap.InfoFromSnapYaml([]byte(text))
			if err != nil {
				return "", err
			}
			if dropped, err := repo.AddSnap(pinfo); err != nil || len(dropped) > 0 {
				return "", fmt.Errorf("internal error: sample slot refused: %v %v", err, dropped)
			}
			want = providerName
		}
		res, err := policy.EvaluatePlug(repo, base, nil, policy.System{OnCore: sys == builtin.Core}, interfaces.PlugRef{Snap: consumerName, Name: name})
		if err != nil {
			return "", err
		}
		for _, cand := range res.Candidates {
			if cand.Slot.Snap != want {
				continue
			}
			for _, ref := range res.Connected {
				if ref == cand.Slot {
					return AutoConnect, nil
				}
			}
			if cand.Manual != nil && cand.Manual.Allowed {
				return Manual, nil
			}
			return Denied, nil
		}
		return NoSlot, nil
	}
	var err error
	if p.Classic, err = outcome(builtin.Classic, false); err != nil {
		return err
	}
	if p.Core, err = outcome(builtin.Core, false); err != nil {
		return err
	}
	p.AppSlot = NoSlot
	if len(p.SlotCarriers) > 0 && consumer != nil {
		if p.AppSlot, err = outcome(builtin.Classic, true); err != nil {
			return err
		}
	}

	if p.PlugNeedsDeclaration {
		p.NeedsDeclaration = append(p.NeedsDeclaration, "plug")
	}
	si := iface.StaticInfo()
	if len(p.SlotCarriers) == 0 && !si.ImplicitOnClassic && !si.ImplicitOnCore {
		p.NeedsDeclaration = append(p.NeedsDeclaration, "slot")
	}
	reachable, denied := 0, 0
	for _, o := range []Outcome{p.Classic, p.Core, p.AppSlot} {
		if o == NoSlot {
			continue
		}
		reachable++
		if o == Denied {
			denied++
		}
	}
	if reachable > 0 && denied == reachable {
		p.NeedsDeclaration = append(p.NeedsDeclaration, "connection")
	}
	p.Outcomes = p.outcomeSentences()
	return nil
}

// outcomeSentences says what the decisions come to.
func (p *Page) outcomeSentences() []Text {
	var out []Text
	if p.PlugNeedsDeclaration {
		out = append(out, words("A snap needs a snap declaration to carry a plug of this interface."))
	}
	for _, sys := range []struct {
		name string
		o    Outcome
	}{{"a classic distribution", p.Classic}, {"Ubuntu Core", p.Core}} {
		var what string
		switch sys.o {
		case NoSlot:
			what = "the system offers no slot of this interface"
		case AutoConnect:
			what = "the system offers a slot, and a plug is connected to it automatically"
		case Manual:
			what = "the system offers a slot, and a plug is connected to it by hand (never automatically)"
		case Denied:
			what = "the system offers a slot, and connecting a plug to it needs a snap declaration"
		}
		out = append(out, words("On "+sys.name+", "+what+"."))
	}
	if len(p.SlotCarriers) > 0 {
		carriers := make([]Text, len(p.SlotCarriers))
		for i, c := range p.SlotCarriers {
			carriers[i] = words(snapTypePhrases[c])
		}
		s := join(words("Without a snap declaration, "), joinList(carriers, "or"), words(" may offer a slot"))
		switch p.AppSlot {
		case AutoConnect:
			s = join(s, words("; on a classic distribution, a plug of another snap is connected to it automatically"))
		case Manual:
			s = join(s, words("; on a classic distribution, a plug of another snap is connected to it by hand"))
		case Denied:
			s = join(s, words("; on a classic distribution, connecting a plug of another snap to it needs a snap declaration"))
		}
		out = append(out, join(s, words(".")))
	} else {
		out = append(out, words("No snap but the system may offer a slot without a snap declaration."))
	}
	return out
}

// slotType is the snap type the examples give the snap that offers a
// slot: the first that may without a snap declaration, else the first
// that the slot rule names, else app.
func (p *Page) slotType(base *policy.Declaration) snap.Type {
	if len(p.SlotCarriers) > 0 {
		return snap.Type(p.SlotCarriers[0])
	}
	if rule := base.SlotRule(p.Name); rule != nil {
		if sub := rule.Subrule(policy.AllowInstallation); sub != nil {
			for _, alt := range sub.Alternatives {
				for _, c := range alt.Constraints() {
					if c.Key != "slot-snap-type" {
						continue
					}
					for _, v := range c.Values {
						if v != "core" {
							return snap.Type(v)
						}
					}
				}
			}
		}
	}
	return snap.TypeApp
}
