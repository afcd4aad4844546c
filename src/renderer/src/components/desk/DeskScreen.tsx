import { DataLocationForm } from './DataLocationForm.tsx';

/** An administrator's "This desk" tab: settings of this computer, not of an operator. */
export function DeskScreen() {
  return (
    <div className="desk-screen">
      <div className="panel desk-panel">
        <DataLocationForm idPrefix="desk-data" />
      </div>
    </div>
  );
}
