package dev.moka.testkit.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.heap.ObjectModel;
import dev.moka.testkit.heap.plans.ReferenceBumpPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit writes class records by the layout the object model reads; if that layout changes, this
 * test says so before any plan is judged on wrong objects.
 */
class KitObjectsMatchTheObjectModelTest {
    @Test
    void sizesKindsAndReferenceSlotsAgree() {
        HeapModel model = new HeapPlanContract() {
            @Override
            protected Class<ReferenceBumpPlan> planClass() {
                return ReferenceBumpPlan.class;
            }
        }.newModel();
        try (SimulatedImage image = model.image()) {
            for (Shape shape : Shape.values()) {
                for (int length : new int[] {0, 1, 5}) {
                    HeapObject object = model.allocate(shape, length);
                    long address = object.address();
                    assertEquals(object.size(), ObjectModel.sizeOf(address), object::toString);
                    assertEquals(shape.isArray(), ObjectModel.isArrayClass(ObjectModel.classOf(address)), object::toString);
                    List<Long> expected = new ArrayList<>();
                    for (int i = 0; i < object.referenceCount(); i++) {
                        expected.add(address + shape.referenceOffset(i));
                    }
                    List<Long> visited = new ArrayList<>();
                    ObjectModel.visitReferences(address, visited::add);
                    assertEquals(expected, visited, object::toString);
                }
            }
        }
    }
}
