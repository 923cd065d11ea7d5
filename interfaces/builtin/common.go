// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"strings"
	"sync/atomic"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// implicitSystems says on which systems the system snap carries an
// implicit slot of an interface.
type implicitSystems string

// The values of implicitSystems.
const (
	notImplicit          implicitSystems = ""
	implicitOnCoreOnly   implicitSystems = "core"
	implicitOnClassic    implicitSystems = "classic"
	implicitOnAllSystems implicitSystems = "core classic"
)

// Placeholders that connected policy text of a commonInterface may use
// for the AppArmor label of the other side of the connection.
const (
	plugLabelPlaceholder = "###PLUG_SECURITY_TAGS###"
	slotLabelPlaceholder = "###SLOT_SECURITY_TAGS###"
)

// commonInterface is a static interface as data: its name, summary,
// base-declaration fragments and policy text. Interfaces with behaviour
// embed it and add methods of their own.
type commonInterface struct {
	name       string
	summary    string
	docURL     string
	implicitOn implicitSystems

	baseDeclarationPlugs string
	baseDeclarationSlots string

	// notRendered names the backends whose part of the interface this
	// library leaves to the daemon (interfaces.StaticInfo.NotRendered);
	// the file's doc comment says what they would do, under "Not
	// rendered here".
	notRendered []string

	connectedPlugAppArmor string
	connectedPlugSecComp  string
	connectedSlotAppArmor string
	connectedSlotSecComp  string
	permanentPlugAppArmor string
	permanentPlugSecComp  string
	permanentSlotAppArmor string
	permanentSlotSecComp  string

	// labelled holds the connected AppArmor texts split at their label
	// placeholders, made on first use: scanning kilobytes of rules for
	// a placeholder at every connection was a tenth of a snap's
	// specification.
	labelled atomic.Pointer[labelledTexts]
}

// labelledTexts are the connected AppArmor texts of a commonInterface,
// split at their label placeholders.
type labelledTexts struct {
	plug, slot *labelledText
}

// labelledTexts returns the connected AppArmor texts split at their
// label placeholders. Racing first callers make equal ones.
func (iface *commonInterface) labelledTexts() *labelledTexts {
	if t := iface.labelled.Load(); t != nil {
		return t
	}
	t := &labelledTexts{plug: newLabelledText(iface.connectedPlugAppArmor), slot: newLabelledText(iface.connectedSlotAppArmor)}
	iface.labelled.Store(t)
	return t
}

var (
	_ apparmor.ConnectedPlugDefiner = (*commonInterface)(nil)
	_ apparmor.ConnectedSlotDefiner = (*commonInterface)(nil)
	_ apparmor.PermanentPlugDefiner = (*commonInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*commonInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*commonInterface)(nil)
	_ seccomp.ConnectedSlotDefiner  = (*commonInterface)(nil)
	_ seccomp.PermanentPlugDefiner  = (*commonInterface)(nil)
	_ seccomp.PermanentSlotDefiner  = (*commonInterface)(nil)
)

// Name implements interfaces.Interface.
func (iface *commonInterface) Name() string { return iface.name }

// StaticInfo implements interfaces.Interface.
func (iface *commonInterface) StaticInfo() interfaces.StaticInfo {
	return interfaces.StaticInfo{
		Summary:              iface.summary,
		DocURL:               iface.docURL,
		ImplicitOnCore:       strings.Contains(string(iface.implicitOn), "core"),
		ImplicitOnClassic:    strings.Contains(string(iface.implicitOn), "classic"),
		BaseDeclarationPlugs: iface.baseDeclarationPlugs,
		BaseDeclarationSlots: iface.baseDeclarationSlots,
		NotRendered:          iface.notRendered,
	}
}

// AutoConnect implements interfaces.Interface: the base declaration
// alone decides.
func (iface *commonInterface) AutoConnect(*snap.PlugInfo, *snap.SlotInfo) bool { return true }

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *commonInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.AddSnippet(iface.labelledTexts().plug.fill(plug, slot))
	return nil
}

// AppArmorConnectedSlot implements apparmor.ConnectedSlotDefiner.
func (iface *commonInterface) AppArmorConnectedSlot(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.AddSnippet(iface.labelledTexts().slot.fill(plug, slot))
	return nil
}

// AppArmorPermanentPlug implements apparmor.PermanentPlugDefiner.
func (iface *commonInterface) AppArmorPermanentPlug(spec *apparmor.Specification, plug *snap.PlugInfo) error {
	if iface.permanentPlugAppArmor != "" {
		spec.AddSnippet(iface.permanentPlugAppArmor)
	}
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner.
func (iface *commonInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	if iface.permanentSlotAppArmor != "" {
		spec.AddSnippet(iface.permanentSlotAppArmor)
	}
	return nil
}

// SecCompConnectedPlug implements seccomp.ConnectedPlugDefiner.
func (iface *commonInterface) SecCompConnectedPlug(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if iface.connectedPlugSecComp != "" {
		spec.AddSnippet(iface.connectedPlugSecComp)
	}
	return nil
}

// SecCompConnectedSlot implements seccomp.ConnectedSlotDefiner.
func (iface *commonInterface) SecCompConnectedSlot(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if iface.connectedSlotSecComp != "" {
		spec.AddSnippet(iface.connectedSlotSecComp)
	}
	return nil
}

// SecCompPermanentPlug implements seccomp.PermanentPlugDefiner.
func (iface *commonInterface) SecCompPermanentPlug(spec *seccomp.Specification, plug *snap.PlugInfo) error {
	if iface.permanentPlugSecComp != "" {
		spec.AddSnippet(iface.permanentPlugSecComp)
	}
	return nil
}

// SecCompPermanentSlot implements seccomp.PermanentSlotDefiner.
func (iface *commonInterface) SecCompPermanentSlot(spec *seccomp.Specification, slot *snap.SlotInfo) error {
	if iface.permanentSlotSecComp != "" {
		spec.AddSnippet(iface.permanentSlotSecComp)
	}
	return nil
}

// withPeerLabels fills in the label placeholders of connected policy
// text; text without placeholders is returned as it is, unallocated.
// The catalogue's constant texts are split once instead (labelledText).
func withPeerLabels(text string, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) string {
	if !strings.Contains(text, "###") {
		return text
	}
	return newLabelledText(text).fill(plug, slot)
}

// labelledText is connected policy text split at its label
// placeholders, and the last text it gave: most connections of an
// interface have the same peer (the system, whose label is
// "unconfined"), and then share one text.
type labelledText struct {
	// pieces are the text between the placeholders, one more than
	// holes; holes[i] is the placeholder after pieces[i].
	pieces []string
	holes  []string
	// uses says which labels the placeholders ask for.
	usesPlug, usesSlot bool
	last               atomic.Pointer[filledText]
}

// filledText is a text with the labels it was filled with ("" for a
// label it does not use).
type filledText struct {
	plugLabel, slotLabel, text string
}

func newLabelledText(text string) *labelledText {
	t := &labelledText{}
	for {
		i := strings.Index(text, "###")
		if i < 0 {
			break
		}
		var hole string
		switch {
		case strings.HasPrefix(text[i:], plugLabelPlaceholder):
			hole, t.usesPlug = plugLabelPlaceholder, true
		case strings.HasPrefix(text[i:], slotLabelPlaceholder):
			hole, t.usesSlot = slotLabelPlaceholder, true
		default:
			// Not a placeholder: stays as it is.
			t.pieces = append(t.pieces, text[:i+3])
			t.holes = append(t.holes, "")
			text = text[i+3:]
			continue
		}
		t.pieces = append(t.pieces, text[:i])
		t.holes = append(t.holes, hole)
		text = text[i+len(hole):]
	}
	t.pieces = append(t.pieces, text)
	return t
}

// fill returns the text with the labels of the connection's sides in
// its placeholders.
func (t *labelledText) fill(plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) string {
	if len(t.holes) == 0 {
		return t.pieces[0]
	}
	var plugL, slotL string
	if t.usesPlug {
		plugL = plugLabel(plug)
	}
	if t.usesSlot {
		slotL = slotLabel(slot)
	}
	if last := t.last.Load(); last != nil && last.plugLabel == plugL && last.slotLabel == slotL {
		return last.text
	}
	label := func(hole string) string {
		switch hole {
		case plugLabelPlaceholder:
			return plugL
		case slotLabelPlaceholder:
			return slotL
		}
		return ""
	}
	size := 0
	for _, piece := range t.pieces {
		size += len(piece)
	}
	for _, hole := range t.holes {
		size += len(label(hole))
	}
	var b strings.Builder
	b.Grow(size)
	for i, piece := range t.pieces {
		b.WriteString(piece)
		if i < len(t.holes) {
			b.WriteString(label(t.holes[i]))
		}
	}
	text := b.String()
	t.last.Store(&filledText{plugLabel: plugL, slotLabel: slotL, text: text})
	return text
}

// slotLabel is the AppArmor label of the processes serving a slot: the
// host's own, unconfined, for a slot of the system snap.
func slotLabel(slot *interfaces.ConnectedSlot) string {
	if isSystemSnap(slot.Snap()) {
		return "unconfined"
	}
	return quoteLabel(slot.LabelExpression())
}

// quoteLabel quotes a label expression that holds an alternation
// ("snap.x.{a,b}"): unquoted, the parser splits peer=(label=...) of
// unix and dbus rules at its comma. Quoted, every rule kind that names
// a peer accepts it.
func quoteLabel(label string) string {
	if strings.Contains(label, ",") {
		return `"` + label + `"`
	}
	return label
}

// plugLabel is the AppArmor label of the processes using a plug.
func plugLabel(plug *interfaces.ConnectedPlug) string {
	if isSystemSnap(plug.Snap()) {
		return "unconfined"
	}
	return quoteLabel(plug.LabelExpression())
}

// optionalRulesInterface is an interface whose plug takes one optional
// attribute that, when set, adds rules to the connected plug policy
// (home's "read: all", optical-drive's "write: true"). attrSet checks
// the attribute and says whether it is set; the common connected plug
// text always applies.
type optionalRulesInterface struct {
	commonInterface
	attrSet       func(attrs map[string]interface{}) (bool, error)
	extraAppArmor string
	// attrDoc describes the attribute attrSet reads.
	attrDoc interfaces.AttributeDoc
}

var (
	_ interfaces.Interface          = (*optionalRulesInterface)(nil)
	_ interfaces.PlugSanitizer      = (*optionalRulesInterface)(nil)
	_ interfaces.AttributeDescriber = (*optionalRulesInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*optionalRulesInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *optionalRulesInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := iface.attrSet(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *optionalRulesInterface) Attributes() interfaces.AttributeDoc { return iface.attrDoc }

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *optionalRulesInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	set, err := iface.attrSet(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	spec.AddSnippet(iface.connectedPlugAppArmor)
	if set {
		spec.AddSnippet(iface.extraAppArmor)
	}
	return nil
}
