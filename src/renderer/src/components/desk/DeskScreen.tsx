import { DataLocationForm } from './DataLocationForm.tsx';
import { DeskLinksForm } from './DeskLinksForm.tsx';

/** An administrator's "This desk" tab: settings of this computer, not of an operator. */
export function DeskScreen() {
  return (
    <div className="desk-screen">
      <div className="panel desk-panel">
        <DataLocationForm idPrefix="desk-data" />
      </div>
      <div className="panel desk-panel">
        <DeskLinksForm />
      </div>
    </div>
  );
}
