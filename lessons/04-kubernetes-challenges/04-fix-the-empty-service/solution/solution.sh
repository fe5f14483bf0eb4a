kubectl apply -f web.yaml
kubectl get endpoints web
