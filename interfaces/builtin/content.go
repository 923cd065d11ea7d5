// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// content lets a snap share files with other snaps: libraries and
// runtimes (a toolkit, graphics drivers), themes, executables, data or
// sockets. The providing snap's slot (an app, gadget or kernel snap)
// lists the directories it shares: "read" (read only) and "write" (read
// and write, under $SNAP_DATA or $SNAP_COMMON only), either directly or
// in a "source" map holding the same two lists. The consuming snap's
// plug names a "target" directory under $SNAP, $SNAP_DATA or
// $SNAP_COMMON where it expects them, and optionally the
// "default-provider" snap ("snap" or "snap:slot") to install with it.
// Both sides carry a "content" tag, by default their own plug or slot
// name; only a plug and a slot with the same tag connect. A bare plug
// or slot is refused. A connection auto-connects when both snaps come
// from the same publisher; a manual connection is allowed.
//
// As in the reference system, a path without one of the three
// variables is relative to $SNAP, even with a leading slash: "." and
// "/" are $SNAP itself.
//
// The reference system bind-mounts the shared directories onto the
// target in the consuming app's mount namespace. snapiface has no mount
// backend, so it grants the consuming app both places: the target
// directory and all it holds (read, map and run what is there; also
// write when the slot shares a directory read-write), and the shared
// directories where the providing snap keeps them. An app whose daemon
// mounts the content finds it at the target; one whose daemon does not
// can still reach it in the provider's directories. The providing snap
// gets nothing: it shares its own files.
//
// Beyond the mounts, where it differs from the reference: a path is
// refused when it holds any character AppArmor gives a meaning to
// (attrs.go), where the reference refuses its glob characters, and when
// it, or the slot's paths together, pass the limits of limits.go: the
// slot's paths land in every consumer's profile.
//
// Not rendered here: mount. The reference bind-mounts the slot's
// directories into the consumer's mount namespace at the plug's target;
// the rules here grant the content where it is. A daemon that wants the
// mounts makes them itself.

const contentSummary = `allows sharing files and directories from one snap to another`

const contentBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - app
    - gadget
    - kernel
allow-connection:
  plug-attributes:
    content: $SLOT(content)
allow-auto-connection:
  plug-publisher-id:
    - $SLOT_PUBLISHER_ID
  plug-attributes:
    content: $SLOT(content)
`

const contentConnectedPlugAppArmor = `
# Description: use the files another snap shares through the content
# interface, at the target directory where they are mounted and where
# the providing snap keeps them.
`

// The variables a content path may start with.
const (
	contentSnap       = "$SNAP"
	contentSnapData   = "$SNAP_DATA"
	contentSnapCommon = "$SNAP_COMMON"
)

// contentInterface checks both sides' attributes and renders the plug's
// rules from its target and the slot's shared directories.
type contentInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*contentInterface)(nil)
	_ interfaces.AttributeDescriber = (*contentInterface)(nil)
	_ interfaces.PlugSanitizer      = (*contentInterface)(nil)
	_ interfaces.SlotSanitizer      = (*contentInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*contentInterface)(nil)
)

// contentPath checks a content path and returns it in canonical form:
// one of the three variables, followed by a clean absolute sub-path
// unless the path is the variable's directory itself.
func contentPath(what, p string) (string, error) {
	if p == "" {
		return "", fmt.Errorf("%s cannot be empty", what)
	}
	if err := checkLength(what, p, AttrPathMax); err != nil {
		return "", err
	}
	base, sub := contentSnap, p
	for _, v := range []string{contentSnapCommon, contentSnapData, contentSnap} {
		if p == v || strings.HasPrefix(p, v+"/") {
			base, sub = v, strings.TrimPrefix(p, v)
			break
		}
	}
	if strings.HasPrefix(sub, "$") {
		return "", fmt.Errorf("%s %q must start with $SNAP, $SNAP_DATA or $SNAP_COMMON, or be relative to $SNAP", what, p)
	}
	if sub == "." {
		sub = ""
	}
	sub = strings.TrimPrefix(sub, "/")
	if sub == "" {
		return base, nil
	}
	if err := validatePath("its part below "+base, "/"+sub, ""); err != nil {
		return "", fmt.Errorf("%s %q: %w", what, p, err)
	}
	return base + "/" + sub, nil
}

// contentDir turns a canonical content path into a path for a rule:
// the snap's own directories when provider is "", else those of the
// providing snap instance (of any revision).
func contentDir(canonical, provider string) string {
	base, sub, _ := strings.Cut(canonical, "/")
	if sub != "" {
		sub = "/" + sub
	}
	instance, revision := "@{SNAP_INSTANCE_NAME}", "@{SNAP_REVISION}"
	if provider != "" {
		instance, revision = provider, "[0-9x]*"
	}
	switch base {
	case contentSnapData:
		return "/var/snap/" + instance + "/" + revision + sub
	case contentSnapCommon:
		return "/var/snap/" + instance + "/common" + sub
	}
	if provider == "" {
		// The snap's own install tree is mounted under its snap name.
		instance = "@{SNAP_NAME}"
	}
	return "@{INSTALL_DIR}/" + instance + "/" + revision + sub
}

// contentTag reads the "content" tag of a plug or slot, and refuses
// the other side's attributes.
func contentTag(attrs map[string]interface{}, otherSide string, otherKeys ...string) error {
	for _, key := range otherKeys {
		if _, ok := attrs[key]; ok {
			return fmt.Errorf("%q is a %s attribute", key, otherSide)
		}
	}
	tag, ok, err := stringAttr(attrs, "content")
	if err == nil && ok {
		err = validateTag(`"content"`, tag)
	}
	return err
}

// contentTarget checks a plug's attributes and returns its target in
// canonical form.
func contentTarget(attrs map[string]interface{}) (string, error) {
	if err := contentTag(attrs, "slot", "read", "write", "source"); err != nil {
		return "", err
	}
	if provider, ok, err := stringAttr(attrs, "default-provider"); err != nil {
		return "", err
	} else if ok {
		name, slot, hasSlot := strings.Cut(provider, ":")
		if snap.ValidateName(name) != nil || hasSlot && snap.ValidatePlugSlotName(slot) != nil {
			return "", fmt.Errorf(`"default-provider" %q must be a snap name, optionally followed by ":" and a slot name`, provider)
		}
	}
	target, ok, err := stringAttr(attrs, "target")
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf(`"target" is required: the directory where the content appears`)
	}
	canonical, err := contentPath(`"target"`, target)
	if err != nil {
		return "", err
	}
	if !strings.Contains(canonical, "/") {
		return "", fmt.Errorf(`"target" %q must be a directory below %s`, target, canonical)
	}
	return canonical, nil
}

// contentShared checks a slot's attributes and returns the directories
// it shares, in canonical form.
func contentShared(attrs map[string]interface{}) (read, write []string, err error) {
	if err := contentTag(attrs, "plug", "target", "default-provider"); err != nil {
		return nil, nil, err
	}
	lists := attrs
	if raw, ok := attrs["source"]; ok {
		if attrs["read"] != nil || attrs["write"] != nil {
			return nil, nil, fmt.Errorf(`"source" cannot go with "read" or "write" beside it`)
		}
		if lists, ok = raw.(map[string]interface{}); !ok {
			return nil, nil, fmt.Errorf(`"source" must be a map holding "read" and "write" lists`)
		}
		for key := range lists {
			if key != "read" && key != "write" {
				return nil, nil, fmt.Errorf(`"source" has key %q: it holds "read" and "write" only`, key)
			}
		}
	}
	if read, write, err = fileListAttrs(lists, contentPath); err != nil {
		return nil, nil, err
	}
	for i, p := range write {
		if base, _, _ := strings.Cut(p, "/"); base == contentSnap {
			return nil, nil, fmt.Errorf("write[%d] %q must be under $SNAP_DATA or $SNAP_COMMON: $SNAP is read-only", i, p)
		}
	}
	return read, write, nil
}

// BeforePreparePlug implements interfaces.PlugSanitizer. The plug gets
// its tag, the plug name by default.
func (iface *contentInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := contentTarget(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	if _, ok := plug.Attrs["content"]; !ok {
		setDefaultAttr(&plug.Attrs, "content", plug.Name)
	}
	return nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer. The slot gets
// its tag, the slot name by default.
func (iface *contentInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, _, err := contentShared(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	if _, ok := slot.Attrs["content"]; !ok {
		setDefaultAttr(&slot.Attrs, "content", slot.Name)
	}
	return nil
}

// AutoConnect implements interfaces.Interface: only a plug and a slot
// with the same tag belong together.
func (iface *contentInterface) AutoConnect(plug *snap.PlugInfo, slot *snap.SlotInfo) bool {
	tag, ok := plug.Attrs["content"].(string)
	return ok && tag == slot.Attrs["content"]
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *contentInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	target, err := contentTarget(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	read, write, err := contentShared(slot.StaticAttrs())
	if err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	provider := slot.Snap().InstanceName()
	var b strings.Builder
	b.WriteString(contentConnectedPlugAppArmor)
	for _, group := range []struct {
		paths      []string
		how, perms string
	}{
		{read, "read, map and run", "mrkix"},
		{write, "read and write", "rwk"},
	} {
		if len(group.paths) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n# The target directory: %s what is shared there.\n", group.how)
		b.WriteString(treeRule("", contentDir(target, ""), group.perms) + "\n")
		b.WriteString("\n# The same directories, where the providing snap keeps them.\n")
		for _, p := range group.paths {
			b.WriteString(treeRule("", contentDir(p, provider), group.perms) + "\n")
		}
	}
	spec.AddSnippet(b.String())
	return nil
}

// contentAttributes describes both sides' attributes (contentTarget,
// contentShared).
var contentAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "content", Type: interfaces.AttrTypeString, Default: "the plug's name",
		Description: "The tag a slot must carry too for the plug to connect to it. " + attrDocTag,
	}, {
		Side: "plug", Name: "target", Type: interfaces.AttrTypeString, Required: true,
		Description: "The directory where the content appears: $SNAP, $SNAP_DATA or $SNAP_COMMON followed by a relative path (a path without one of them is under $SNAP). It must be a directory below one of them, not the directory itself, and clean. " + attrDocLiteral,
	}, {
		Side: "plug", Name: "default-provider", Type: interfaces.AttrTypeString,
		Description: "The snap to install with this one to provide the content, as SNAP or SNAP:SLOT.",
	}, {
		Side: "slot", Name: "content", Type: interfaces.AttrTypeString, Default: "the slot's name",
		Description: "The tag a plug must carry too to connect. " + attrDocTag,
	}, {
		Side: "slot", Name: "read", Type: interfaces.AttrTypeStringList,
		Description: "Directories the consuming app may read, map and run: $SNAP, $SNAP_DATA or $SNAP_COMMON followed by a path (a path without one of them is under $SNAP). " + attrDocLiteral + " " + attrDocPathList,
	}, {
		Side: "slot", Name: "write", Type: interfaces.AttrTypeStringList,
		Description: "Directories the consuming app may read and write, as in read but under $SNAP_DATA or $SNAP_COMMON only: $SNAP is read-only.",
	}, {
		Side: "slot", Name: "source", Type: interfaces.AttrTypeMap,
		Description: "Another way to write the lists: a map holding \"read\" and \"write\" and nothing else, in place of read and write beside it.",
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "themes shared by one snap, with a writable cache, and used by another",
		Plug:  map[string]interface{}{"content": "themes", "target": "$SNAP/data-dir/themes", "default-provider": "gtk-common-themes"},
		Slot:  map[string]interface{}{"content": "themes", "read": []interface{}{"$SNAP/share/themes"}, "write": []interface{}{"$SNAP_COMMON/themes-cache"}},
	}, {
		Title: "a writable directory, listed under source",
		Plug:  map[string]interface{}{"content": "spool", "target": "$SNAP_DATA/spool"},
		Slot:  map[string]interface{}{"content": "spool", "source": map[string]interface{}{"write": []interface{}{"$SNAP_DATA/spool"}}},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *contentInterface) Attributes() interfaces.AttributeDoc { return contentAttributes }

func init() {
	registerIface(&contentInterface{commonInterface{
		name:                 "content",
		notRendered:          []string{interfaces.BackendMount},
		summary:              contentSummary,
		baseDeclarationSlots: contentBaseDeclarationSlots,
	}})
}
