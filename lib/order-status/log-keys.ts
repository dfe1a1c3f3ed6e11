// Which distributor a Get Order Status log entry is about. The activity log has no distributor field
// yet, so the registry id goes into the entry's search keys as `distributor:<id>` (lowercased, like
// every key): "Activity for distributor:<id>" finds the entries of one distributor.
export const distributorKey = (distributor: string): string => `distributor:${distributor}`;
