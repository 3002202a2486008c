package uk.org.safeguarding.reviews.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps every diagram readable in Cockpit: each flow node has a shape and each sequence flow an
 * edge; a sub-process is drawn expanded with its contents inside its box; no two shapes overlap
 * (a shape may only sit inside the sub-process that contains it); a boundary event sits on its
 * host's border; no sequence flow runs through a shape other than its own ends (and the
 * sub-processes around them); no two labels overlap.
 */
class DiagramLayoutTest {

  private static final double TOLERANCE = 1.0;

  static Stream<Path> models() throws Exception {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  private record Box(double x, double y, double w, double h) {
    static Box of(Bounds b) {
      return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    boolean contains(Box o) {
      return o.x >= x - TOLERANCE && o.y >= y - TOLERANCE
          && o.x + o.w <= x + w + TOLERANCE && o.y + o.h <= y + h + TOLERANCE;
    }

    boolean overlaps(Box o) {
      return x < o.x + o.w - TOLERANCE && o.x < x + w - TOLERANCE
          && y < o.y + o.h - TOLERANCE && o.y < y + h - TOLERANCE;
    }

    /** Whether the centre of {@code o} lies on this box's outline. */
    boolean hasOnBorder(Box o) {
      double cx = o.x + o.w / 2;
      double cy = o.y + o.h / 2;
      boolean onVertical = (Math.abs(cx - x) <= TOLERANCE || Math.abs(cx - (x + w)) <= TOLERANCE)
          && cy >= y - TOLERANCE && cy <= y + h + TOLERANCE;
      boolean onHorizontal = (Math.abs(cy - y) <= TOLERANCE || Math.abs(cy - (y + h)) <= TOLERANCE)
          && cx >= x - TOLERANCE && cx <= x + w + TOLERANCE;
      return onVertical || onHorizontal;
    }

    /** Whether the horizontal or vertical segment from p to q runs through this box's inside. */
    boolean crossedBy(Waypoint p, Waypoint q) {
      double inset = 2;
      double x1 = x + inset;
      double y1 = y + inset;
      double x2 = x + w - inset;
      double y2 = y + h - inset;
      if (Math.abs(p.getY() - q.getY()) < 0.5) {
        return p.getY() > y1 && p.getY() < y2 && Math.min(p.getX(), q.getX()) < x2 && Math.max(p.getX(), q.getX()) > x1;
      }
      if (Math.abs(p.getX() - q.getX()) < 0.5) {
        return p.getX() > x1 && p.getX() < x2 && Math.min(p.getY(), q.getY()) < y2 && Math.max(p.getY(), q.getY()) > y1;
      }
      return false;
    }

    @Override
    public String toString() {
      return "(" + (int) x + "," + (int) y + " " + (int) w + "x" + (int) h + ")";
    }
  }

  private static String id(ModelElementInstance e) {
    return ((BaseElement) e).getId();
  }

  /** The sub-processes around {@code node}, innermost first. */
  private static List<String> ancestors(FlowNode node) {
    List<String> result = new ArrayList<>();
    for (ModelElementInstance p = node.getParentElement(); p instanceof SubProcess s; p = s.getParentElement()) {
      result.add(s.getId());
    }
    return result;
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementIsDrawnInsideItsSubProcessWithoutOverlaps(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Map<String, BpmnShape> shapes = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      shapes.put(id(shape.getBpmnElement()), shape);
    }
    Map<String, BpmnEdge> edges = new HashMap<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      edges.put(id(edge.getBpmnElement()), edge);
    }
    List<String> problems = new ArrayList<>();
    List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
    for (FlowNode node : nodes) {
      if (!shapes.containsKey(node.getId())) {
        problems.add(node.getId() + " has no shape");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      BpmnEdge edge = edges.get(flow.getId());
      if (edge == null || edge.getWaypoints().size() < 2) {
        problems.add(flow.getId() + " has no edge");
      }
    }
    nodes.removeIf(n -> !shapes.containsKey(n.getId()));
    Map<String, Box> box = new HashMap<>();
    nodes.forEach(n -> box.put(n.getId(), Box.of(shapes.get(n.getId()).getBounds())));

    for (FlowNode node : nodes) {
      Box b = box.get(node.getId());
      if (node instanceof SubProcess && !Boolean.TRUE.equals(shapes.get(node.getId()).isExpanded())) {
        problems.add(node.getId() + " is a sub-process drawn collapsed (isExpanded is not true)");
      }
      if (node instanceof BoundaryEvent event) {
        Box host = box.get(event.getAttachedTo().getId());
        if (host != null && !host.hasOnBorder(b)) {
          problems.add(node.getId() + " " + b + " is not on the border of its host " + event.getAttachedTo().getId() + " " + host);
        }
      } else {
        List<String> around = ancestors(node);
        if (!around.isEmpty() && box.containsKey(around.get(0)) && !box.get(around.get(0)).contains(b)) {
          problems.add(node.getId() + " " + b + " lies outside its sub-process " + around.get(0) + " " + box.get(around.get(0)));
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        FlowNode a = nodes.get(i);
        FlowNode c = nodes.get(j);
        if (ancestors(a).contains(c.getId()) || ancestors(c).contains(a.getId()) || attached(a, c) || attached(c, a)) {
          continue;
        }
        if (box.get(a.getId()).overlaps(box.get(c.getId()))) {
          problems.add(a.getId() + " " + box.get(a.getId()) + " overlaps " + c.getId() + " " + box.get(c.getId()));
        }
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      BpmnEdge edge = edges.get(flow.getId());
      if (edge == null) {
        continue;
      }
      List<String> own = new ArrayList<>(List.of(flow.getSource().getId(), flow.getTarget().getId()));
      own.addAll(ancestors(flow.getSource()));
      own.addAll(ancestors(flow.getTarget()));
      if (flow.getSource() instanceof BoundaryEvent event) {
        own.add(event.getAttachedTo().getId());
      }
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      for (FlowNode node : nodes) {
        if (own.contains(node.getId()) || node instanceof BoundaryEvent) {
          continue;
        }
        Box b = box.get(node.getId());
        for (int k = 0; k + 1 < points.size(); k++) {
          if (b.crossedBy(points.get(k), points.get(k + 1))) {
            problems.add(flow.getId() + " runs through " + node.getId() + " " + b);
            break;
          }
        }
      }
    }
    Map<String, Box> labels = new HashMap<>();
    shapes.forEach((element, shape) -> label(shape.getBpmnLabel()).ifPresent(l -> labels.put(element, l)));
    edges.forEach((element, edge) -> label(edge.getBpmnLabel()).ifPresent(l -> labels.put(element, l)));
    List<String> labelled = labels.keySet().stream().sorted().toList();
    for (int i = 0; i < labelled.size(); i++) {
      for (int j = i + 1; j < labelled.size(); j++) {
        if (labels.get(labelled.get(i)).overlaps(labels.get(labelled.get(j)))) {
          problems.add("the labels of " + labelled.get(i) + " and " + labelled.get(j) + " overlap");
        }
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  private static boolean attached(FlowNode event, FlowNode host) {
    return event instanceof BoundaryEvent b && b.getAttachedTo().getId().equals(host.getId());
  }

  private static java.util.Optional<Box> label(BpmnLabel label) {
    return label == null || label.getBounds() == null ? java.util.Optional.empty() : java.util.Optional.of(Box.of(label.getBounds()));
  }
}
