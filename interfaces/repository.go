// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/snapiface/snapiface/snap"
)

// PlugRef names a plug of a snap instance.
type PlugRef struct {
	Snap string
	Name string
}

// String returns "SNAP:PLUG".
func (ref PlugRef) String() string { return ref.Snap + ":" + ref.Name }

// SlotRef names a slot of a snap instance.
type SlotRef struct {
	Snap string
	Name string
}

// String returns "SNAP:SLOT".
func (ref SlotRef) String() string { return ref.Snap + ":" + ref.Name }

// ConnRef names a connection between a plug and a slot.
type ConnRef struct {
	PlugRef PlugRef
	SlotRef SlotRef
}

// String returns "SNAP:PLUG SNAP:SLOT".
func (ref ConnRef) String() string { return ref.PlugRef.String() + " " + ref.SlotRef.String() }

// Connection is a plug connected to a slot.
type Connection struct {
	Interface Interface
	Plug      *ConnectedPlug
	Slot      *ConnectedSlot
}

// Ref returns the reference naming the connection.
func (c *Connection) Ref() ConnRef {
	return ConnRef{
		PlugRef: PlugRef{Snap: c.Plug.Snap().InstanceName(), Name: c.Plug.Name()},
		SlotRef: SlotRef{Snap: c.Slot.Snap().InstanceName(), Name: c.Slot.Name()},
	}
}

// Dropped is a plug or slot left out when its snap was added, and why.
type Dropped struct {
	Snap      string
	Name      string
	Interface string
	// Side is "plug" or "slot".
	Side   string
	Reason string
}

func (d Dropped) String() string {
	return fmt.Sprintf("%s %s:%s (interface %q): %s", d.Side, d.Snap, d.Name, d.Interface, d.Reason)
}

// snapEntry is a snap in the repository, with its accepted plugs and
// slots kept sorted by name so that walks are deterministic without
// sorting on every call.
type snapEntry struct {
	info  *snap.Info
	plugs []*snap.PlugInfo
	slots []*snap.SlotInfo
	// plugIfaces[i] and slotIfaces[i] are the interfaces of plugs[i]
	// and slots[i], looked up once.
	plugIfaces []Interface
	slotIfaces []Interface
	// plugConns[i] and slotConns[i] hold the connections of plugs[i]
	// and slots[i], sorted by the other end, so that a snap's
	// specification walks them without a lookup; nil until the first
	// connection.
	plugConns [][]endConn
	slotConns [][]endConn
}

// endConn is a connection seen from one end: the other end, which
// orders the connections of a plug or slot, and the connection.
type endConn struct {
	other PlugRef
	conn  *Connection
}

// addConn adds a connection to list i of *lists (made for n), in order.
func addConn(lists *[][]endConn, n, i int, other PlugRef, conn *Connection) {
	if *lists == nil {
		*lists = make([][]endConn, n)
	}
	list := (*lists)[i]
	j, _ := slices.BinarySearchFunc(list, other, func(e endConn, other PlugRef) int { return compareRefs(e.other, other) })
	(*lists)[i] = slices.Insert(list, j, endConn{other, conn})
}

// removeConn removes the connection to other from list i of lists.
func removeConn(lists [][]endConn, i int, other PlugRef) {
	lists[i] = slices.DeleteFunc(lists[i], func(e endConn) bool { return e.other == other })
}

// Repository tracks interfaces, snaps and the connections between their
// plugs and slots. It is safe for concurrent use.
type Repository struct {
	mu sync.RWMutex
	// ifaces holds the known interfaces sorted by name, and ifaceNames
	// their names: a catalogue comes sorted, and is then taken in one
	// copy rather than hashed name by name.
	ifaces     []Interface
	ifaceNames []string
	snaps      map[string]*snapEntry
	// slotIndex holds every accepted slot, sorted by interface, snap
	// and slot name: auto-connection looks up the candidates of each
	// plug, and must not walk every snap to do so.
	slotIndex []ifaceSlot
	// Connections are indexed from both ends: a snap's specification
	// needs its plugs' and its slots' connections.
	plugConns map[PlugRef]map[SlotRef]*Connection
	slotConns map[SlotRef]map[PlugRef]*Connection
	// system is the instance name of the system snap, "" until one is
	// added.
	system string
}

// reservedSnapNames are the names only the system snap may go by: a
// snap that is not the designated system (snap.Info.System) and calls
// itself one of them is refused, so that no rule, label or message can
// take it for the system.
var reservedSnapNames = map[string]bool{"snapd": true, "core": true, "system": true}

// ifaceSlot is a slot in the slotIndex, with the instance name of its
// snap, which orders the index.
type ifaceSlot struct {
	snap string
	slot *snap.SlotInfo
}

func compareIfaceSlots(a, b ifaceSlot) int {
	if c := strings.Compare(a.slot.Interface, b.slot.Interface); c != 0 {
		return c
	}
	if c := strings.Compare(a.snap, b.snap); c != 0 {
		return c
	}
	return strings.Compare(a.slot.Name, b.slot.Name)
}

// NewRepository returns an empty repository.
func NewRepository() *Repository {
	return &Repository{
		snaps:     make(map[string]*snapEntry),
		plugConns: make(map[PlugRef]map[SlotRef]*Connection),
		slotConns: make(map[SlotRef]map[PlugRef]*Connection),
	}
}

// AddInterface makes an interface known to the repository.
func (r *Repository) AddInterface(iface Interface) error {
	return r.AddInterfaces(iface)
}

// AddInterfaces makes several interfaces known to the repository, as a
// catalogue does: all of them, or none when a name is invalid, already
// known or given twice.
func (r *Repository) AddInterfaces(ifaces ...Interface) error {
	names := make([]string, len(ifaces))
	for i, iface := range ifaces {
		names[i] = iface.Name()
		if err := ValidateName(names[i]); err != nil {
			return fmt.Errorf("cannot add interface: %w", err)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.ifaces) == 0 && slices.IsSorted(names) && !hasAdjacentDuplicates(names) {
		// A catalogue, into an empty repository: taken as it is.
		r.ifaces, r.ifaceNames = slices.Clone(ifaces), names
		return nil
	}
	var given map[string]bool
	if len(ifaces) > 1 {
		given = make(map[string]bool, len(ifaces))
	}
	for _, name := range names {
		if _, ok := r.lookup(name); ok || given[name] {
			return fmt.Errorf("cannot add interface %q: already added", name)
		}
		if given != nil {
			given[name] = true
		}
	}
	order := make([]int, len(ifaces))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(names[a], names[b]) })
	merged := make([]Interface, 0, len(r.ifaces)+len(ifaces))
	mergedNames := make([]string, 0, len(r.ifaces)+len(ifaces))
	i := 0
	for _, k := range order {
		for ; i < len(r.ifaces) && r.ifaceNames[i] < names[k]; i++ {
			merged, mergedNames = append(merged, r.ifaces[i]), append(mergedNames, r.ifaceNames[i])
		}
		merged, mergedNames = append(merged, ifaces[k]), append(mergedNames, names[k])
	}
	r.ifaces, r.ifaceNames = append(merged, r.ifaces[i:]...), append(mergedNames, r.ifaceNames[i:]...)
	return nil
}

// hasAdjacentDuplicates says whether a sorted list holds a name twice.
func hasAdjacentDuplicates(names []string) bool {
	for i := 1; i < len(names); i++ {
		if names[i] == names[i-1] {
			return true
		}
	}
	return false
}

// lookup returns the index of the named interface.
func (r *Repository) lookup(name string) (int, bool) {
	return slices.BinarySearch(r.ifaceNames, name)
}

// iface returns the named interface, or nil.
func (r *Repository) iface(name string) Interface {
	if i, ok := r.lookup(name); ok {
		return r.ifaces[i]
	}
	return nil
}

// RemoveInterface forgets an interface that no plug or slot uses.
func (r *Repository) RemoveInterface(name string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	i, ok := r.lookup(name)
	if !ok {
		return fmt.Errorf("cannot remove interface %q: no such interface", name)
	}
	// Snaps in name order, so that the error names the same user every
	// time.
	for _, snapName := range sortedKeys(r.snaps) {
		entry := r.snaps[snapName]
		for _, plug := range entry.plugs {
			if plug.Interface == name {
				return fmt.Errorf("cannot remove interface %q: used by plug %s:%s", name, snapName, plug.Name)
			}
		}
		for _, slot := range entry.slots {
			if slot.Interface == name {
				return fmt.Errorf("cannot remove interface %q: used by slot %s:%s", name, snapName, slot.Name)
			}
		}
	}
	r.ifaces, r.ifaceNames = slices.Delete(r.ifaces, i, i+1), slices.Delete(r.ifaceNames, i, i+1)
	return nil
}

// Interface returns the named interface, or nil.
func (r *Repository) Interface(name string) Interface {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.iface(name)
}

// AllInterfaces returns the known interfaces sorted by name.
func (r *Repository) AllInterfaces() []Interface {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return slices.Clone(r.ifaces)
}

// AddSnap adds a snap. Each plug and slot is checked by its interface;
// one whose interface is unknown or whose attributes are refused is
// removed from info and reported as dropped, and the rest of the snap
// is added. The repository takes ownership of info. A snap that is
// already present is an error and changes nothing.
//
// A snap marked as the system (snap.Info.System) becomes the
// repository's system snap (SystemSnap), and a second one is refused.
// Another snap may not go by a name reserved for the system ("snapd",
// "core" or "system"), whatever its type.
func (r *Repository) AddSnap(info *snap.Info) ([]Dropped, error) {
	name := info.InstanceName()
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case info.System && r.system != "":
		return nil, fmt.Errorf("cannot add snap %q as the system snap: snap %q is the system snap already", name, r.system)
	case !info.System && reservedSnapNames[info.SuggestedName]:
		return nil, fmt.Errorf("cannot add snap %q: reserved name: only the system snap may be called %q", name, info.SuggestedName)
	}
	if _, ok := r.snaps[name]; ok {
		return nil, fmt.Errorf("cannot add snap %q: already added", name)
	}

	var dropped []Dropped
	entry := &snapEntry{info: info}
	plugs := sortedValues(info.Plugs, func(plug *snap.PlugInfo) string { return plug.Name })
	entry.plugs, entry.plugIfaces = plugs[:0], make([]Interface, 0, len(plugs))
	for _, plug := range plugs {
		iface, reason := r.sanitizePlug(plug)
		if reason != "" {
			dropped = append(dropped, Dropped{Snap: name, Name: plug.Name, Interface: plug.Interface, Side: "plug", Reason: reason})
			continue
		}
		entry.plugs = append(entry.plugs, plug)
		entry.plugIfaces = append(entry.plugIfaces, iface)
	}
	slots := sortedValues(info.Slots, func(slot *snap.SlotInfo) string { return slot.Name })
	entry.slots, entry.slotIfaces = slots[:0], make([]Interface, 0, len(slots))
	for _, slot := range slots {
		iface, reason := r.sanitizeSlot(slot)
		if reason != "" {
			dropped = append(dropped, Dropped{Snap: name, Name: slot.Name, Interface: slot.Interface, Side: "slot", Reason: reason})
			continue
		}
		entry.slots = append(entry.slots, slot)
		entry.slotIfaces = append(entry.slotIfaces, iface)
	}
	for _, d := range dropped {
		dropFromInfo(info, d)
	}
	r.snaps[name] = entry
	if info.System {
		r.system = name
	}
	r.indexSlots(name, entry.slots)
	return dropped, nil
}

// SystemSnap returns the instance name of the system snap, the one
// added marked as the system (snap.Info.System), or "" when there is
// none.
func (r *Repository) SystemSnap() string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.system
}

// indexSlots adds the slots of a snap, sorted by name, to slotIndex:
// sorted as the index is (they often are already: the system snap names
// its slots after their interface), then merged into it.
func (r *Repository) indexSlots(snapName string, slots []*snap.SlotInfo) {
	if len(slots) == 0 {
		return
	}
	add := make([]ifaceSlot, len(slots))
	for i, slot := range slots {
		add[i] = ifaceSlot{snapName, slot}
	}
	if !namedAfterInterfaces(slots) && !slices.IsSortedFunc(add, compareIfaceSlots) {
		slices.SortFunc(add, compareIfaceSlots)
	}
	if len(r.slotIndex) == 0 {
		// The first snap with slots, most often the system snap.
		r.slotIndex = add
		return
	}
	// Merge from the end, into the index grown to hold both.
	i, j := len(r.slotIndex)-1, len(add)-1
	r.slotIndex = append(r.slotIndex, add...)
	for k := len(r.slotIndex) - 1; j >= 0; k-- {
		if i >= 0 && compareIfaceSlots(r.slotIndex[i], add[j]) > 0 {
			r.slotIndex[k] = r.slotIndex[i]
			i--
		} else {
			r.slotIndex[k] = add[j]
			j--
		}
	}
}

// namedAfterInterfaces says whether each slot is named after its
// interface, as the system snap's are: then slots sorted by name are
// sorted by interface too.
func namedAfterInterfaces(slots []*snap.SlotInfo) bool {
	for _, slot := range slots {
		if slot.Name != slot.Interface {
			return false
		}
	}
	return true
}

// unindexSlots removes the slots of a snap from slotIndex.
func (r *Repository) unindexSlots(snapName string) {
	r.slotIndex = slices.DeleteFunc(r.slotIndex, func(s ifaceSlot) bool { return s.snap == snapName })
}

func (r *Repository) sanitizePlug(plug *snap.PlugInfo) (Interface, string) {
	iface := r.iface(plug.Interface)
	if iface == nil {
		return nil, fmt.Sprintf("unknown interface %q", plug.Interface)
	}
	if sanitizer, ok := iface.(PlugSanitizer); ok {
		if err := sanitizer.BeforePreparePlug(plug); err != nil {
			return nil, sanitizeReason(err)
		}
	}
	return iface, ""
}

func (r *Repository) sanitizeSlot(slot *snap.SlotInfo) (Interface, string) {
	iface := r.iface(slot.Interface)
	if iface == nil {
		return nil, fmt.Sprintf("unknown interface %q", slot.Interface)
	}
	if sanitizer, ok := iface.(SlotSanitizer); ok {
		if err := sanitizer.BeforePrepareSlot(slot); err != nil {
			return nil, sanitizeReason(err)
		}
	}
	return iface, ""
}

// sanitizeReason is the reason a sanitizer's error gives for dropping a
// plug or slot: without what a SanitizeError names, which Dropped
// names already.
func sanitizeReason(err error) string {
	var serr *SanitizeError
	if errors.As(err, &serr) {
		return serr.Err.Error()
	}
	return err.Error()
}

// dropFromInfo unbinds a dropped plug or slot from its snap, apps and
// hooks, so that nothing later walks into it.
func dropFromInfo(info *snap.Info, d Dropped) {
	if d.Side == "plug" {
		delete(info.Plugs, d.Name)
		for _, app := range info.Apps {
			delete(app.Plugs, d.Name)
		}
		for _, hook := range info.Hooks {
			delete(hook.Plugs, d.Name)
		}
		return
	}
	delete(info.Slots, d.Name)
	for _, app := range info.Apps {
		delete(app.Slots, d.Name)
	}
	for _, hook := range info.Hooks {
		delete(hook.Slots, d.Name)
	}
}

// RemoveSnap removes a snap that has no connections.
func (r *Repository) RemoveSnap(name string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	entry, ok := r.snaps[name]
	if !ok {
		return fmt.Errorf("cannot remove snap %q: no such snap", name)
	}
	for _, plug := range entry.plugs {
		if len(r.plugConns[PlugRef{name, plug.Name}]) > 0 {
			return fmt.Errorf("cannot remove snap %q: plug %q is connected", name, plug.Name)
		}
	}
	for _, slot := range entry.slots {
		if len(r.slotConns[SlotRef{name, slot.Name}]) > 0 {
			return fmt.Errorf("cannot remove snap %q: slot %q is connected", name, slot.Name)
		}
	}
	r.unindexSlots(name)
	delete(r.snaps, name)
	if r.system == name {
		r.system = ""
	}
	return nil
}

// Snap returns the named snap instance, or nil.
func (r *Repository) Snap(name string) *snap.Info {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if entry, ok := r.snaps[name]; ok {
		return entry.info
	}
	return nil
}

// SnapNames returns the instance names of all snaps, sorted.
func (r *Repository) SnapNames() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return sortedKeys(r.snaps)
}

// Plugs returns the accepted plugs of a snap, sorted by name.
func (r *Repository) Plugs(snapName string) []*snap.PlugInfo {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if entry, ok := r.snaps[snapName]; ok {
		return append([]*snap.PlugInfo(nil), entry.plugs...)
	}
	return nil
}

// Slots returns the accepted slots of a snap, sorted by name.
func (r *Repository) Slots(snapName string) []*snap.SlotInfo {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if entry, ok := r.snaps[snapName]; ok {
		return append([]*snap.SlotInfo(nil), entry.slots...)
	}
	return nil
}

// AllSlots returns every accepted slot of the given interface (or of
// any interface when iface is ""), sorted by snap then slot name.
func (r *Repository) AllSlots(iface string) []*snap.SlotInfo {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var out []*snap.SlotInfo
	if iface != "" {
		i, _ := slices.BinarySearchFunc(r.slotIndex, iface, func(s ifaceSlot, iface string) int {
			return strings.Compare(s.slot.Interface, iface)
		})
		for _, s := range r.slotIndex[i:] {
			if s.slot.Interface != iface {
				break
			}
			out = append(out, s.slot)
		}
		return out
	}
	for _, name := range sortedKeys(r.snaps) {
		for _, slot := range r.snaps[name].slots {
			if iface == "" || slot.Interface == iface {
				out = append(out, slot)
			}
		}
	}
	return out
}

// Plug returns the named plug, or nil.
func (r *Repository) Plug(snapName, plugName string) *snap.PlugInfo {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.plug(PlugRef{snapName, plugName})
}

// Slot returns the named slot, or nil.
func (r *Repository) Slot(snapName, slotName string) *snap.SlotInfo {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.slot(SlotRef{snapName, slotName})
}

func (r *Repository) plug(ref PlugRef) *snap.PlugInfo {
	if entry, i := r.plugAt(ref); i >= 0 {
		return entry.plugs[i]
	}
	return nil
}

func (r *Repository) slot(ref SlotRef) *snap.SlotInfo {
	if entry, i := r.slotAt(ref); i >= 0 {
		return entry.slots[i]
	}
	return nil
}

// plugAt returns the entry of a plug's snap and the plug's index in it,
// -1 when there is no such plug.
func (r *Repository) plugAt(ref PlugRef) (*snapEntry, int) {
	entry, ok := r.snaps[ref.Snap]
	if !ok {
		return nil, -1
	}
	i := sort.Search(len(entry.plugs), func(i int) bool { return entry.plugs[i].Name >= ref.Name })
	if i < len(entry.plugs) && entry.plugs[i].Name == ref.Name {
		return entry, i
	}
	return entry, -1
}

// slotAt is plugAt for a slot.
func (r *Repository) slotAt(ref SlotRef) (*snapEntry, int) {
	entry, ok := r.snaps[ref.Snap]
	if !ok {
		return nil, -1
	}
	i := sort.Search(len(entry.slots), func(i int) bool { return entry.slots[i].Name >= ref.Name })
	if i < len(entry.slots) && entry.slots[i].Name == ref.Name {
		return entry, i
	}
	return entry, -1
}

// Connect connects a plug to a slot of the same interface, with the
// given dynamic attributes (either may be nil). It returns the
// connection; the snaps whose specifications change are the plug's
// and the slot's (AffectedByConnection says which of them have
// profiles to render again).
func (r *Repository) Connect(ref ConnRef, plugDynamicAttrs, slotDynamicAttrs map[string]interface{}) (*Connection, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	plugEntry, pi := r.plugAt(ref.PlugRef)
	if pi < 0 {
		return nil, fmt.Errorf("cannot connect %s: no plug %q on snap %q", ref, ref.PlugRef.Name, ref.PlugRef.Snap)
	}
	slotEntry, si := r.slotAt(ref.SlotRef)
	if si < 0 {
		return nil, fmt.Errorf("cannot connect %s: no slot %q on snap %q", ref, ref.SlotRef.Name, ref.SlotRef.Snap)
	}
	plug, slot := plugEntry.plugs[pi], slotEntry.slots[si]
	if plug.Interface != slot.Interface {
		return nil, fmt.Errorf("cannot connect %s: plug interface %q does not match slot interface %q", ref, plug.Interface, slot.Interface)
	}
	if _, ok := r.plugConns[ref.PlugRef][ref.SlotRef]; ok {
		return nil, fmt.Errorf("cannot connect %s: already connected", ref)
	}
	conn := &Connection{
		Interface: r.iface(plug.Interface),
		Plug:      NewConnectedPlug(plug, plugDynamicAttrs),
		Slot:      NewConnectedSlot(slot, slotDynamicAttrs),
	}
	if r.plugConns[ref.PlugRef] == nil {
		r.plugConns[ref.PlugRef] = make(map[SlotRef]*Connection)
	}
	if r.slotConns[ref.SlotRef] == nil {
		r.slotConns[ref.SlotRef] = make(map[PlugRef]*Connection)
	}
	r.plugConns[ref.PlugRef][ref.SlotRef] = conn
	r.slotConns[ref.SlotRef][ref.PlugRef] = conn
	addConn(&plugEntry.plugConns, len(plugEntry.plugs), pi, PlugRef(ref.SlotRef), conn)
	addConn(&slotEntry.slotConns, len(slotEntry.slots), si, ref.PlugRef, conn)
	return conn, nil
}

// Disconnect removes a connection.
func (r *Repository) Disconnect(ref ConnRef) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.plugConns[ref.PlugRef][ref.SlotRef]; !ok {
		return fmt.Errorf("cannot disconnect %s: not connected", ref)
	}
	delete(r.plugConns[ref.PlugRef], ref.SlotRef)
	if len(r.plugConns[ref.PlugRef]) == 0 {
		delete(r.plugConns, ref.PlugRef)
	}
	delete(r.slotConns[ref.SlotRef], ref.PlugRef)
	if len(r.slotConns[ref.SlotRef]) == 0 {
		delete(r.slotConns, ref.SlotRef)
	}
	if entry, i := r.plugAt(ref.PlugRef); i >= 0 {
		removeConn(entry.plugConns, i, PlugRef(ref.SlotRef))
	}
	if entry, i := r.slotAt(ref.SlotRef); i >= 0 {
		removeConn(entry.slotConns, i, ref.PlugRef)
	}
	return nil
}

// AffectedByConnection returns the snaps whose profiles connecting, or
// disconnecting, the plug and slot of ref changes, sorted: the plug's
// snap when the plug is bound to an app or hook, and the slot's snap
// when the slot is. A side bound to none, such as an implicit slot of
// the system snap, has no profile that the connection could change, so
// a daemon renders again only the snaps returned. Plug and slot must
// be in the repository; connected or not does not matter.
func (r *Repository) AffectedByConnection(ref ConnRef) []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var out []string
	if plug := r.plug(ref.PlugRef); plug != nil && len(plug.Apps)+len(plug.Hooks) > 0 {
		out = append(out, ref.PlugRef.Snap)
	}
	if slot := r.slot(ref.SlotRef); slot != nil && len(slot.Apps)+len(slot.Hooks) > 0 {
		if len(out) == 0 || out[0] != ref.SlotRef.Snap {
			out = append(out, ref.SlotRef.Snap)
		}
	}
	sort.Strings(out)
	return out
}

// Connection returns the connection named by ref.
func (r *Repository) Connection(ref ConnRef) (*Connection, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	conn, ok := r.plugConns[ref.PlugRef][ref.SlotRef]
	if !ok {
		return nil, fmt.Errorf("no connection %s", ref)
	}
	return conn, nil
}

// Connections returns every connection, sorted.
func (r *Repository) Connections() []ConnRef {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var out []ConnRef
	for plugRef, slots := range r.plugConns {
		for slotRef := range slots {
			out = append(out, ConnRef{plugRef, slotRef})
		}
	}
	sortConnRefs(out)
	return out
}

// PlugConnections returns the connections of one plug, sorted.
func (r *Repository) PlugConnections(ref PlugRef) []ConnRef {
	r.mu.RLock()
	defer r.mu.RUnlock()
	entry, i := r.plugAt(ref)
	if i < 0 || entry.plugConns == nil {
		return nil
	}
	return connRefs(entry.plugConns[i], func(other PlugRef) ConnRef { return ConnRef{ref, SlotRef(other)} })
}

// SlotConnections returns the connections of one slot, sorted.
func (r *Repository) SlotConnections(ref SlotRef) []ConnRef {
	r.mu.RLock()
	defer r.mu.RUnlock()
	entry, i := r.slotAt(ref)
	if i < 0 || entry.slotConns == nil {
		return nil
	}
	return connRefs(entry.slotConns[i], func(other PlugRef) ConnRef { return ConnRef{other, ref} })
}

// connRefs returns the references of a plug's or slot's connections,
// given how to make one from the other end.
func connRefs(list []endConn, ref func(other PlugRef) ConnRef) []ConnRef {
	if len(list) == 0 {
		return nil
	}
	out := make([]ConnRef, len(list))
	for i, e := range list {
		out[i] = ref(e.other)
	}
	return out
}

// SnapConnections returns the connections a snap takes part in on
// either end, sorted.
func (r *Repository) SnapConnections(snapName string) []ConnRef {
	r.mu.RLock()
	defer r.mu.RUnlock()
	entry, ok := r.snaps[snapName]
	if !ok {
		return nil
	}
	var out []ConnRef
	for _, plug := range entry.plugs {
		plugRef := PlugRef{snapName, plug.Name}
		for slotRef := range r.plugConns[plugRef] {
			out = append(out, ConnRef{plugRef, slotRef})
		}
	}
	for _, slot := range entry.slots {
		slotRef := SlotRef{snapName, slot.Name}
		for plugRef := range r.slotConns[slotRef] {
			if plugRef.Snap != snapName {
				out = append(out, ConnRef{plugRef, slotRef})
			}
		}
	}
	sortConnRefs(out)
	return out
}

func sortConnRefs(refs []ConnRef) {
	sort.Slice(refs, func(i, j int) bool {
		a, b := refs[i], refs[j]
		if a.PlugRef != b.PlugRef {
			return a.PlugRef.Snap < b.PlugRef.Snap || (a.PlugRef.Snap == b.PlugRef.Snap && a.PlugRef.Name < b.PlugRef.Name)
		}
		return a.SlotRef.Snap < b.SlotRef.Snap || (a.SlotRef.Snap == b.SlotRef.Snap && a.SlotRef.Name < b.SlotRef.Name)
	})
}

// SnapSpecification adds to spec what the snap's plugs and slots ask
// for: the permanent policy of each, then the connected policy of each
// of their connections.
func (r *Repository) SnapSpecification(spec Specification, snapName string) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	entry, ok := r.snaps[snapName]
	if !ok {
		return fmt.Errorf("cannot compute specification of snap %q: no such snap", snapName)
	}
	for i, plug := range entry.plugs {
		if err := spec.AddPermanentPlug(entry.plugIfaces[i], plug); err != nil {
			return fmt.Errorf("cannot add permanent policy of plug %s:%s: %w", snapName, plug.Name, err)
		}
	}
	for i, slot := range entry.slots {
		if err := spec.AddPermanentSlot(entry.slotIfaces[i], slot); err != nil {
			return fmt.Errorf("cannot add permanent policy of slot %s:%s: %w", snapName, slot.Name, err)
		}
	}
	for i, conns := range entry.plugConns {
		for _, e := range conns {
			if err := spec.AddConnectedPlug(e.conn.Interface, e.conn.Plug, e.conn.Slot); err != nil {
				return fmt.Errorf("cannot add connected policy of plug %s:%s: %w", snapName, entry.plugs[i].Name, err)
			}
		}
	}
	for i, conns := range entry.slotConns {
		for _, e := range conns {
			if err := spec.AddConnectedSlot(e.conn.Interface, e.conn.Plug, e.conn.Slot); err != nil {
				return fmt.Errorf("cannot add connected policy of slot %s:%s: %w", snapName, entry.slots[i].Name, err)
			}
		}
	}
	return nil
}

// sortedValues returns the values of m sorted by name, which is their
// key: sorting them rather than the keys saves looking each up again.
//
// The system snap's 150 and more slots are sorted at every start, and
// comparing strings through a function is most of the cost of sorting
// them: the values are sorted as numbers, the first 6 bytes of the name
// and the value's index, then each run of names with the same first 6
// bytes by the whole name.
func sortedValues[V any](m map[string]V, name func(V) string) []V {
	const indexBits = 16
	if len(m) > 1<<indexBits {
		values := make([]V, 0, len(m))
		for _, v := range m {
			values = append(values, v)
		}
		slices.SortFunc(values, func(a, b V) int { return strings.Compare(name(a), name(b)) })
		return values
	}
	// On the stack for all but the largest snaps.
	var keyBuf [256]uint64
	var inBuf [256]V
	keys, in := keyBuf[:0], inBuf[:0]
	if len(m) > len(keyBuf) {
		keys, in = make([]uint64, 0, len(m)), make([]V, 0, len(m))
	}
	for _, v := range m {
		keys = append(keys, namePrefix(name(v))<<indexBits|uint64(len(in)))
		in = append(in, v)
	}
	slices.Sort(keys)
	const index = 1<<indexBits - 1
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j]>>indexBits == keys[i]>>indexBits {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(keys[i:j], func(a, b uint64) int { return strings.Compare(name(in[a&index]), name(in[b&index])) })
		}
		i = j
	}
	values := make([]V, len(keys))
	for i, k := range keys {
		values[i] = in[k&index]
	}
	return values
}

// namePrefix returns the first 6 bytes of a name as a big-endian
// number, padded with zeros: names whose prefixes differ are ordered
// as their prefixes are.
func namePrefix(name string) uint64 {
	var b [8]byte
	copy(b[2:], name)
	return binary.BigEndian.Uint64(b[:])
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// compareRefs orders plug (or slot) references by snap, then name.
func compareRefs(a, b PlugRef) int {
	if c := strings.Compare(a.Snap, b.Snap); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}
